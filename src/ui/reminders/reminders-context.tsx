import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { UserDb } from '../../db';
import { useReminders, type ReminderItem } from '../../db/reminders';
import { useUserData } from '../data/user-data-context';
import { resendSubscription } from './push-client';
import { refreshThresholds } from './thresholds-api';

/** The reminders she has seen in the centre, on this device (a meta record). */
const seenKey = 'remindersSeen';

interface Reminders {
  /** undefined while the first computation runs. */
  items: readonly ReminderItem[] | undefined;
  /** Those not yet seen in the centre (/rappels) on this device: the navigation's count. */
  unread: number;
}

const RemindersContext = createContext<Reminders>({ items: undefined, unread: 0 });

/** Her reminders, computed once for the whole signed-in shell: the navigation's count, the
 *  home's panel and the centre read the same list, recomputed when a row they read changes. */
export function RemindersProvider({ children }: { children: ReactNode }) {
  const { db, agent } = useUserData();
  const items = useReminders(db, agent);
  const seen = useLiveQuery(
    async () => new Set((await db.meta.get(seenKey))?.value as string[] | undefined),
    [db],
  );
  useEffect(() => {
    void refreshThresholds(db);
    void resendSubscription(db);
  }, [db]);
  const value = useMemo(
    () => ({
      items,
      unread: items && seen ? items.filter((item) => !seen.has(item.reminder.key)).length : 0,
    }),
    [items, seen],
  );
  return <RemindersContext.Provider value={value}>{children}</RemindersContext.Provider>;
}

export const useMyReminders = () => useContext(RemindersContext).items;
export const useUnreadReminders = () => useContext(RemindersContext).unread;

/** The centre was opened with these on screen: they are read, here. Only the current ones
 *  are kept, so the record stays the size of her list. */
export async function markSeen(db: UserDb, items: readonly ReminderItem[]): Promise<void> {
  await db.meta.put({ key: seenKey, value: items.map((item) => item.reminder.key) });
}
