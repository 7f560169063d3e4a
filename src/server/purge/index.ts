import type { Database } from '../store/database';
import { takeWriterLock } from '../store/writers';
import { purgeBookkeeping, type BookkeepingPurged } from './bookkeeping';
import type { RetentionPolicy } from './policy';
import { blankMeetingNotes, purgeLeavers } from './synced';

export { DEFAULT_POLICY, policyOf, type RetentionPolicy } from './policy';

export interface PurgeReport extends BookkeepingPurged {
  /** Meetings whose notes were blanked. */
  meetingNotes: number;
  /** Leavers whose onboarding data went, and the tombstones that made. */
  leavers: number;
  tombstones: number;
}

/**
 * Applies the retention policy as of `now` (README "Retention"). Safe to repeat: each rule
 * touches only what is still there to purge, so a second run finds nothing. Two
 * transactions: the bookkeeping no device holds, then the synced rows under the writers'
 * lock (their new versions must commit in order, writers.ts), READ COMMITTED as every
 * holder of that lock, so that it sees what the previous holder wrote.
 */
export async function purge(
  db: Database,
  now: Date,
  policy: RetentionPolicy,
): Promise<PurgeReport> {
  const bookkeeping = await db.transaction((tx) => purgeBookkeeping(tx, now, policy));
  const synced = await db.transaction(
    async (tx) => {
      await takeWriterLock(tx);
      const meetingNotes = await blankMeetingNotes(tx, now, policy);
      return { meetingNotes, ...(await purgeLeavers(tx, now, policy)) };
    },
    { isolation: 'readCommitted' },
  );
  return { ...bookkeeping, ...synced };
}
