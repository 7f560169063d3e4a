import { useTranslation } from 'react-i18next';
import { useUnreadReminders } from './reminders-context';

/** The id of the words that describe the home's place in the navigation. */
export const reminderCountId = 'nav-reminder-count';

/** How many reminders she has not seen in the centre yet: the navigation links its home place
 *  to the words below (aria-describedby) when there is any. */
export const useReminderCount = useUnreadReminders;

/** The count beside the home's place: a badge for the eye, and words ("3 rappels") that a
 *  screen reader reads as the link's description; its name stays the place's own. */
export function ReminderCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <>
      <span className="tab-bar__badge" aria-hidden="true">
        {count}
      </span>
      <span id={reminderCountId} hidden>
        {t('nav.reminders', { count })}
      </span>
    </>
  );
}
