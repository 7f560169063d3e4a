import { describe, expect, it } from 'vitest';
import { delegationIdOf, delegationProblem as commandProblem } from '../commands/delegations';
import type { Delegation } from '../entities';
import {
  delegatedToMe,
  delegationMaxDays,
  delegationProblem,
  delegationsOf,
  isActive,
  overlaps,
} from './delegations';

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

describe('delegationProblem', () => {
  const today = '2026-11-29';
  const existing = [
    d('over', 'me', '2026-10-01', '2026-10-31', 'y'),
    d('given', 'me', '2026-12-20', '2027-01-04', 'y'),
    d('someoneElse', 'you', '2026-11-01', '2027-03-01', 'y'),
  ];
  const candidate = (from: string, until: string, toAgentId = 'z', fromAgentId = 'me') => ({
    fromAgentId,
    toAgentId,
    from,
    until,
  });

  const cases = [
    ['fine, starting today', candidate(today, '2026-12-05'), null],
    ['to oneself', candidate(today, '2026-12-05', 'me'), ['self', 'toAgentId']],
    ['starting yesterday', candidate('2026-11-28', '2026-12-05'), ['in_the_past', 'from']],
    [
      'ending before it starts',
      candidate('2026-12-05', '2026-12-04'),
      ['ends_before_start', 'until'],
    ],
    ['a single day', candidate('2026-12-05', '2026-12-05'), null],
    ['the longest allowed', candidate('2027-01-05', '2028-01-06'), null],
    ['a day too long', candidate('2027-01-05', '2028-01-07'), ['too_long', 'until']],
    ['the day before another', candidate(today, '2026-12-19'), null],
    ['ending on another’s first day', candidate(today, '2026-12-20'), ['overlaps', 'from']],
    [
      'inside another, over the new year',
      candidate('2027-01-01', '2027-01-02'),
      ['overlaps', 'from'],
    ],
    ['the day after another', candidate('2027-01-05', '2027-01-10'), null],
    ['the same row, its end moved', candidate('2026-12-20', '2027-01-10', 'y'), null],
    [
      'another delegate, same days',
      candidate('2026-12-20', '2027-01-04', 'w'),
      ['overlaps', 'from'],
    ],
    ['over someone else’s', candidate(today, '2027-02-01', 'z', 'them'), null],
  ] as const;

  it.each(cases)('%s', (_, input, expected) => {
    const problem = delegationProblem(existing, input, today);
    expect(problem && [problem.code, problem.field]).toEqual(expected);
  });

  // Until approval.delegate calls this function, its own copy of the rule must agree.
  it.each(cases)('approval.delegate agrees: %s', (_, input, expected) => {
    const withId = <T extends Omit<Delegation, 'id' | 'version'>>(row: T) => ({
      ...row,
      id: delegationIdOf(row.fromAgentId, row.toAgentId, row.from),
    });
    const problem = commandProblem(existing.map(withId), withId(input), today);
    expect(problem?.field ?? null).toEqual(expected?.[1] ?? null);
  });

  // Several problems at once: the first in the order of the form is the one shown.
  it.each([
    [candidate('2026-11-01', '2026-10-01', 'me'), 'self'],
    [candidate('2026-11-01', '2026-10-01'), 'in_the_past'],
    [candidate('2026-12-25', '2026-12-01'), 'ends_before_start'],
    [candidate('2026-12-25', '2028-12-01'), 'too_long'],
  ] as const)('%j → %s', (input, code) => {
    expect(delegationProblem(existing, input, today)?.code).toBe(code);
  });

  it('allows 366 days: a year across a leap day, not a day more', () => {
    expect(delegationMaxDays).toBe(366);
    expect(delegationProblem([], candidate('2027-03-01', '2028-03-01'), today)).toBeNull();
    expect(delegationProblem([], candidate('2027-03-01', '2028-03-02'), today)?.code).toBe(
      'too_long',
    );
  });
});
