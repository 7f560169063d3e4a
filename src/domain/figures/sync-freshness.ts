/** How long since a device last reached the server, as field supervisors read it (CommCare's
 *  convention): within 3 days, over 3 days, over 7 days, or never. */
export type SyncFreshness = 'recent' | 'stale' | 'old' | 'never';

/** Past these many days a device is stale, then old: a recruit in the field syncs whenever
 *  she has a network, so a week without one is worth a call from her mentor. */
export const freshnessDays = { stale: 3, old: 7 } as const;

const dayMs = 86_400_000;

// Elapsed time, not calendar days (dates.ts): a device that synced at 23:50 has not been
// silent for a day at 00:10, and the server and the device agree whatever their time zones.
export function syncFreshness(lastSyncAt: string | null, now: string): SyncFreshness {
  if (lastSyncAt === null) return 'never';
  const days = (Date.parse(now) - Date.parse(lastSyncAt)) / dayMs;
  if (days > freshnessDays.old) return 'old';
  if (days > freshnessDays.stale) return 'stale';
  return 'recent';
}
