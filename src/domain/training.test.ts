import { describe, expect, it } from 'vitest';
import { trainingAccount, TrainingDays } from './training';

describe('TrainingDays', () => {
  it.each([
    [0.5, true],
    [1, true],
    [2.5, true],
    [5, true],
    [0, false],
    [0.25, false],
    [1.2, false],
    [5.5, false],
    [-1, false],
  ])('%s → %s', (days, valid) => {
    expect(TrainingDays.safeParse(days).success).toBe(valid);
  });
});

describe('trainingAccount', () => {
  const records = (...days: [string, number][]) => days.map(([date, d]) => ({ date, days: d }));

  it.each([
    // [today, start date, records, days, remaining, pace]
    ['2026-11-23', '2025-01-01', records(['2026-03-01', 2], ['2026-06-01', 3]), 5, 0, 'met'],
    ['2026-11-23', '2025-01-01', records(['2025-12-01', 5], ['2026-02-01', 1]), 1, 4, 'behind'],
    ['2026-02-15', '2025-01-01', records(['2026-02-01', 1]), 1, 4, 'onTrack'],
    ['2026-11-23', '2026-11-01', records(), 0, 1, 'onTrack'],
    ['2026-12-31', '2026-11-01', records(['2026-12-01', 0.5]), 0.5, 0.5, 'onTrack'],
    ['2026-12-31', '2026-09-01', records(), 0, 1.5, 'behind'],
    ['2026-07-01', '2026-01-01', records(['2026-03-01', 2]), 2, 3, 'onTrack'],
  ] as const)('on %s (start %s): %j', (today, start, list, days, remaining, pace) => {
    const account = trainingAccount(list, today, start);
    expect([account.days, account.remaining, account.pace]).toEqual([days, remaining, pace]);
  });

  it('prorates the target in the year the agent arrives, and only then', () => {
    expect(trainingAccount([], '2026-11-23', '2026-11-01').target).toBe(1);
    expect(trainingAccount([], '2026-11-23', '2026-07-01').target).toBe(2.5);
    expect(trainingAccount([], '2026-11-23', '2025-11-01').target).toBe(5);
  });

  it('forecasts the months left', () => {
    expect(trainingAccount([], '2026-11-23', '2026-01-01').monthsLeft).toBe(1);
    expect(trainingAccount([], '2026-01-05', '2026-01-01').monthsLeft).toBe(11);
  });
});
