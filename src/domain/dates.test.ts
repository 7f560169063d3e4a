import { describe, expect, it } from 'vitest';
import { addOffset, daysBetween, type DueOffset } from './dates';

describe('addOffset', () => {
  const cases: [string, DueOffset, string][] = [
    ['2026-03-02', { unit: 'day', amount: 1 }, '2026-03-02'],
    ['2026-03-02', { unit: 'day', amount: 3 }, '2026-03-04'],
    ['2026-03-02', { unit: 'week', amount: 1 }, '2026-03-09'],
    ['2026-03-02', { unit: 'month', amount: 1 }, '2026-04-02'],
    ['2026-01-31', { unit: 'month', amount: 1 }, '2026-02-28'],
    ['2026-03-29', { unit: 'month', amount: 12 }, '2027-03-29'],
    ['2026-10-20', { unit: 'week', amount: 2 }, '2026-11-03'], // across the October DST change
  ];
  it.each(cases)('%s + %j → %s', (start, offset, expected) => {
    expect(addOffset(start, offset)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative backwards', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('crosses leap days, year ends and daylight-saving changes whole', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});
