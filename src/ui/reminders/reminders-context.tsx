import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useReminders, type ReminderItem } from '../../db/reminders';
import { useUserData } from '../data/user-data-context';
import { resendSubscription } from './push-client';
import { refreshThresholds } from './thresholds-api';

/** undefined while the first computation runs. */
const RemindersContext = createContext<readonly ReminderItem[] | undefined>(undefined);

/** Her reminders, computed once for the whole signed-in shell: the navigation's count, the
 *  home's panel and the centre read the same list, recomputed when a row they read changes. */
export function RemindersProvider({ children }: { children: ReactNode }) {
  const { db, agent } = useUserData();
  const items = useReminders(db, agent);
  useEffect(() => {
    void refreshThresholds(db);
    void resendSubscription(db);
  }, [db]);
  return <RemindersContext.Provider value={items}>{children}</RemindersContext.Provider>;
}

export const useMyReminders = () => useContext(RemindersContext);
