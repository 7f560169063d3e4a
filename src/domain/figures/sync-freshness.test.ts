import { describe, expect, it } from 'vitest';
import { freshnessDays, syncFreshness } from './sync-freshness';

describe('syncFreshness', () => {
  const now = '2026-11-29T12:00:00.000Z';

  it('reads 3 and 7 days, as field supervisors do', () => {
    expect(freshnessDays).toEqual({ stale: 3, old: 7 });
  });

  it.each([
    [null, 'never'],
    [now, 'recent'], // this very moment
    ['2026-11-29T08:00:00.000Z', 'recent'],
    ['2026-11-26T12:00:00.000Z', 'recent'], // exactly 3 days
    ['2026-11-26T11:59:00.000Z', 'stale'], // a minute over
    ['2026-11-22T12:00:00.000Z', 'stale'], // exactly 7 days
    ['2026-11-22T11:59:00.000Z', 'old'],
    ['2025-11-29T12:00:00.000Z', 'old'], // a year ago
    ['2026-11-30T08:00:00.000Z', 'recent'], // a device clock ahead of the server's
  ] as const)('last sync %s → %s', (last, expected) => {
    expect(syncFreshness(last, now)).toBe(expected);
  });

  // Elapsed time, not calendar dates: the first days of January count from late December.
  it.each([
    ['2026-12-29T11:00:00.000Z', 'recent'],
    ['2026-12-28T23:00:00.000Z', 'stale'],
    ['2026-12-24T23:00:00.000Z', 'old'],
  ] as const)('on 1 January at 10:00, last sync %s → %s', (last, expected) => {
    expect(syncFreshness(last, '2027-01-01T10:00:00.000Z')).toBe(expected);
  });

  it('counts from the offset each time carries', () => {
    // 23:30 in Paris on 25 November is 22:30 UTC: 3 days and 13.5 hours before now.
    expect(syncFreshness('2026-11-25T23:30:00+01:00', now)).toBe('stale');
    expect(syncFreshness('2026-11-26T13:30:00+01:00', now)).toBe('recent');
  });
});
