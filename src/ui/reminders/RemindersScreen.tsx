import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { EmailSettings } from './EmailSettings';
import { PushSettings } from './PushSettings';
import { ReminderList } from './ReminderList';
import { useMyReminders } from './reminders-context';
import { useRemindersT } from './strings';

/** The notification centre (issue 17): every current reminder of the signed-in person,
 *  computed on this device from its synced rows, so it opens offline. */
export default function RemindersScreen() {
  const { t } = useRemindersT();
  const items = useMyReminders();
  useDocumentTitle(t('title'));
  if (!items) return <Loading />;
  return (
    <div className="reminders-screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ReminderList items={items} empty={<p>{t('none')}</p>} />
      <PushSettings />
      <EmailSettings />
    </div>
  );
}
