import { describe, expect, it } from 'vitest';
import type { Delegation } from '../entities';
import { delegatedToMe, delegationsOf, isActive, overlaps } from './delegations';

const d = (id: string, fromAgentId: string, from: string, until: string, toAgentId = 'x') =>
  ({ id, fromAgentId, toAgentId, from, until, version: 1 }) satisfies Delegation;

describe('isActive', () => {
  const christmas = d('c', 'me', '2026-12-24', '2027-01-02');
  it.each([
    ['2026-12-23', false], // the day before
    ['2026-12-24', true], // its first day
    ['2026-12-31', true],
    ['2027-01-01', true], // across the new year
    ['2027-01-02', true], // its last day still holds
    ['2027-01-03', false],
  ])('a delegation from 24 December to 2 January, on %s: %s', (today, held) => {
    expect(isActive(christmas, today)).toBe(held);
  });

  it('holds a one-day delegation on its day only', () => {
    const oneDay = d('o', 'me', '2026-11-29', '2026-11-29');
    expect(['2026-11-28', '2026-11-29', '2026-11-30'].map((day) => isActive(oneDay, day))).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('delegationsOf and delegatedToMe', () => {
  // Given in no particular order: the lists come out by start date.
  const all = [
    d('later', 'me', '2027-02-01', '2027-02-10'),
    d('endsToday', 'me', '2026-11-20', '2026-11-29'),
    d('past', 'me', '2026-10-01', '2026-10-05'),
    d('soon', 'me', '2026-12-24', '2026-12-31'),
    d('olderPast', 'me', '2026-03-01', '2026-03-05'),
    d('theirs', 'you', '2026-11-01', '2026-12-31', 'me'),
    d('theirsOver', 'you', '2026-10-01', '2026-10-31', 'me'),
    d('theirsToCome', 'them', '2026-12-01', '2026-12-31', 'me'),
  ];
  const ids = (list: readonly Delegation[]) => list.map((x) => x.id);

  it.each([
    ['me', '2026-11-29', [['endsToday'], ['soon', 'later'], ['olderPast', 'past']]],
    ['me', '2026-11-30', [[], ['soon', 'later'], ['olderPast', 'past', 'endsToday']]],
    ['you', '2026-11-29', [['theirs'], [], ['theirsOver']]],
    ['nobody', '2026-11-29', [[], [], []]],
  ])('%s on %s: current, upcoming, past', (agentId, today, expected) => {
    const mine = delegationsOf(all, agentId, today);
    expect([ids(mine.current), ids(mine.upcoming), ids(mine.past)]).toEqual(expected);
  });

  it.each([
    ['me', '2026-11-29', ['theirs']],
    ['me', '2026-12-01', ['theirs', 'theirsToCome']],
    ['me', '2027-01-01', []],
    ['x', '2026-11-29', ['endsToday']], // the delegate of one ending today still holds it
    ['x', '2026-11-30', []],
  ])('%s holds on %s: %j', (agentId, today, expected) => {
    expect(ids(delegatedToMe(all, agentId, today))).toEqual(expected);
  });
});

describe('overlaps', () => {
  const a = { from: '2026-12-20', until: '2026-12-31' };
  it.each([
    [{ from: '2026-12-01', until: '2026-12-19' }, false], // ends the day before
    [{ from: '2026-12-01', until: '2026-12-20' }, true], // ends on its first day
    [{ from: '2026-12-24', until: '2026-12-25' }, true], // inside
    [{ from: '2026-12-01', until: '2027-01-31' }, true], // around
    [{ from: '2026-12-31', until: '2027-01-05' }, true], // starts on its last day
    [{ from: '2027-01-01', until: '2027-01-05' }, false], // starts the next year
  ])('20–31 December and %j: %s', (b, expected) => {
    expect([overlaps(a, b), overlaps(b, a)]).toEqual([expected, expected]);
  });
});
