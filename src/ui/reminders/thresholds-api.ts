import type { UserDb } from '../../db';
import { ReminderThresholds } from '../../domain/reminders/thresholds';

/** Where the device keeps the deployment's thresholds (db/reminders.ts reads them). */
export const thresholdsKey = 'reminderThresholds';

/**
 * Asks the server for the deployment's reminder thresholds and keeps them on the device, so
 * that its centre computes the reminders the server's pass sends. Offline, or on any error,
 * the device keeps the last ones it had (the defaults before the first answer).
 */
export async function refreshThresholds(db: UserDb): Promise<void> {
  if (!navigator.onLine) return; // no request bound to fail: the next start asks
  try {
    const response = await fetch('/api/reminders/thresholds', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return;
    const parsed = ReminderThresholds.safeParse(await response.json());
    if (parsed.success) await db.meta.put({ key: thresholdsKey, value: parsed.data });
  } catch {
    // Offline: the next start asks again.
  }
}
