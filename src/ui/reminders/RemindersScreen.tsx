import { useEffect } from 'react';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { EmailSettings } from './EmailSettings';
import { PushSettings } from './PushSettings';
import { ReminderList } from './ReminderList';
import { markSeen, useMyReminders } from './reminders-context';
import { useRemindersT } from './strings';

/** The notification centre (issue 17): every current reminder of the signed-in person,
 *  computed on this device from its synced rows, so it opens offline. */
export default function RemindersScreen() {
  const { t } = useRemindersT();
  const items = useMyReminders();
  useDocumentTitle(t('title'));
  const { db } = useUserData();
  // What the centre shows is read: the navigation's count drops to what comes after.
  useEffect(() => {
    if (items) void markSeen(db, items);
  }, [db, items]);
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
