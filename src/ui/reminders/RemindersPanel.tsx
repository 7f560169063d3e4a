import { useState } from 'react';
import { Link } from 'react-router';
import { ReminderList } from './ReminderList';
import { useMyReminders } from './reminders-context';
import { useRemindersT } from './strings';

/** How many a home shows before "see them all": the most urgent first (rules.ts). */
const shownOnHome = 3;

/** The top of every role's home: her reminders when she has any, the most urgent first,
 *  and the way to the full centre. Nothing when there is none: the home is for her work. */
export function RemindersPanel() {
  const { t } = useRemindersT();
  const items = useMyReminders();
  // Once shown, it stays until she leaves the page: putting the last one away says so.
  const [shown, setShown] = useState(false);
  if (!shown && items && items.length > 0) setShown(true);
  if (!items || (!shown && items.length === 0)) return null;
  return (
    <section className="reminders-panel" aria-labelledby="reminders-panel-title">
      <h2 id="reminders-panel-title">
        {t('title')} <span className="reminders-panel__count">({items.length})</span>
      </h2>
      <ReminderList items={items.slice(0, shownOnHome)} empty={<p>{t('none')}</p>} />
      {items.length > shownOnHome ? (
        <p>
          <Link to="/rappels">{t('all', { count: items.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}
