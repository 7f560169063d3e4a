import { describe, expect, it } from 'vitest';
import type { Delegation, Step } from '../entities';
import { stepIdOf } from '../path';
import { actorOf, type Actor } from '../permissions';
import { delegationIdOf, delegationProblem } from './delegations';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { commands, runCommand, type Outcome } from './index';

// The fixture's day is 2026-11-23.
const today = '2026-11-23';
const codeOf = (outcome: Outcome) => (outcome.ok ? 'applied' : outcome.error.code);
const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

const given = (from: string, until: string, toAgentId = ids.otherManager): Delegation => ({
  id: delegationIdOf(ids.manager, toAgentId, from),
  fromAgentId: ids.manager,
  toAgentId,
  from,
  until,
  version: 1,
});

async function run(name: string, args: unknown, actor: Actor, read: MemoryReader) {
  const outcome = await runCommand(commands.get(name)!, args, contextFor(actor, read));
  if (outcome.ok) read.apply(outcome.changes);
  return outcome;
}

const delegationsOf = (read: MemoryReader) =>
  [...(read.tables.get('delegation')?.values() ?? [])] as Delegation[];

describe('delegationProblem: what approval.delegate refuses, and on which field', () => {
  const current = given('2026-11-20', '2026-11-30');
  const over = given('2026-11-01', '2026-11-22', ids.territoryManager);
  it.each([
    ['to oneself', ids.manager, '2026-12-01', '2026-12-10', ['invalid', 'toAgentId']],
    ['starting yesterday', ids.territoryManager, '2026-11-22', '2026-11-25', ['invalid', 'from']],
    [
      'ending before it starts',
      ids.territoryManager,
      '2026-12-10',
      '2026-12-01',
      ['invalid', 'until'],
    ],
    ['over a year', ids.territoryManager, '2026-12-01', '2027-12-03', ['invalid', 'until']],
    [
      'overlapping one not over',
      ids.territoryManager,
      '2026-11-30',
      '2026-12-05',
      ['overlap', 'from'],
    ],
    ['inside one not over', ids.territoryManager, '2026-11-24', '2026-11-25', ['overlap', 'from']],
    ['the day after one ends', ids.territoryManager, '2026-12-01', '2026-12-05', []],
    ['the day after, for a year', ids.territoryManager, '2026-12-01', '2027-12-01', []],
    ['given again (same id)', ids.otherManager, '2026-11-20', '2026-12-02', ['invalid', 'from']],
  ])('%s → %j', (_, toAgentId, from, until, expected) => {
    const candidate = {
      id: delegationIdOf(ids.manager, toAgentId, from),
      fromAgentId: ids.manager,
      toAgentId,
      from,
      until,
    };
    const problem = delegationProblem([current, over], candidate, today);
    expect(problem ? [problem.code, problem.field] : []).toEqual(expected);
  });

  it('lets a delegation follow one that is over, even over its days', () => {
    const candidate = { ...given(today, '2026-11-24'), toAgentId: ids.territoryManager };
    expect(
      delegationProblem([{ ...current, until: '2026-11-22' }], candidate, today),
    ).toBeUndefined();
  });
});

describe('approval.delegate', () => {
  const args = (toAgentId: string, from = '2026-12-01', until = '2026-12-10') => ({
    toAgentId,
    from,
    until,
  });

  it.each([
    ['a mentor', ids.mentor, ['invalid', 'toAgentId']],
    ['a recruit', ids.recruit, ['invalid', 'toAgentId']],
    ['an unknown agent', '00000000-0000-4000-8000-000000000999', ['not_found', 'toAgentId']],
    ['herself', ids.manager, ['invalid', 'toAgentId']],
    ['another manager', ids.otherManager, ['applied']],
    ['the territory manager', ids.territoryManager, ['applied']],
  ])('to %s → %j, nothing written otherwise', async (_, toAgentId, expected) => {
    const read = new MemoryReader();
    expect(refusal(await run('approval.delegate', args(toAgentId), actors.manager, read))).toEqual(
      expected,
    );
    expect(delegationsOf(read)).toHaveLength(expected[0] === 'applied' ? 1 : 0);
  });

  it('is one row when given twice, and refuses a second one over the same days', async () => {
    const read = new MemoryReader();
    await run('approval.delegate', args(ids.otherManager), actors.manager, read);
    expect(
      codeOf(await run('approval.delegate', args(ids.otherManager), actors.manager, read)),
    ).toBe('applied');
    const second = await run(
      'approval.delegate',
      args(ids.territoryManager, '2026-12-05'),
      actors.manager,
      read,
    );
    expect(refusal(second)).toEqual(['overlap', 'from']);
    expect(delegationsOf(read)).toHaveLength(1);
  });
});

describe('delegation.end', () => {
  const end = (read: MemoryReader, delegation: Delegation, actor = actors.manager) =>
    run('delegation.end', { delegationId: delegation.id }, actor, read);
  const withOne = (delegation: Delegation) => {
    const read = new MemoryReader();
    read.put({ entity: 'delegation', op: 'put', row: delegation });
    return read;
  };

  it('ends one under way yesterday, and refuses to end it again', async () => {
    const delegation = given('2026-11-20', '2026-11-30');
    const read = withOne(delegation);
    expect(codeOf(await end(read, delegation))).toBe('applied');
    expect(delegationsOf(read)).toEqual([{ ...delegation, until: '2026-11-22' }]);
    expect(refusal(await end(read, delegation))).toEqual(['already_ended', 'delegationId']);
  });

  it.each([today, '2026-12-01'])('withdraws one starting on %s (deleted)', async (from) => {
    const delegation = given(from, '2026-12-10');
    const read = withOne(delegation);
    expect(codeOf(await end(read, delegation))).toBe('applied');
    expect(delegationsOf(read)).toEqual([]);
  });

  it.each([
    [
      'one over',
      given('2026-11-01', '2026-11-22'),
      actors.manager,
      ['already_ended', 'delegationId'],
    ],
    ['one ending today', given('2026-11-01', today), actors.manager, ['applied']],
    [
      'by the territory manager over the giver',
      given('2026-11-20', '2026-11-30'),
      actors.territoryManager,
      ['applied'],
    ],
    [
      'by its delegate',
      given('2026-11-20', '2026-11-30'),
      { ...actors.manager, agentId: ids.otherManager },
      ['forbidden', 'delegationId'],
    ],
    ['by HR', given('2026-11-20', '2026-11-30'), actors.admin, ['forbidden', 'delegationId']],
  ])('%s → %j', async (_, delegation, actor, expected) => {
    expect(refusal(await end(withOne(delegation), delegation, actor))).toEqual(expected);
  });

  it.each([
    [
      { delegationId: delegationIdOf(ids.manager, ids.otherManager, '2026-01-01') },
      ['not_found', 'delegationId'],
    ],
    [{ delegationId: 'nope' }, ['invalid', 'delegationId']],
    [{ delegationId: 3 }, ['invalid', 'delegationId']],
    [{ id: 'x' }, ['invalid', 'delegationId']],
  ])('%j → %j', async (args, expected) => {
    expect(refusal(await run('delegation.end', args, actors.manager, new MemoryReader()))).toEqual(
      expected,
    );
  });
});

describe('a decision made through a delegation records it', () => {
  const stepId = stepIdOf(ids.path, stepIndex.milestone);
  const submitted = () => {
    const read = new MemoryReader();
    const step = read.tables.get('step')!.get(stepId) as Step;
    read.put({ entity: 'step', op: 'put', row: { ...step, status: 'submitted' } });
    return read;
  };
  // The manager of c1 delegated to the other manager (c3), today.
  const delegate = actorOf({
    agentId: ids.otherManager,
    roles: ['manager'],
    circonscriptions: [
      { id: ids.c1, managerIds: [ids.manager] },
      { id: ids.c3, managerIds: [ids.otherManager] },
    ],
    territories: [],
    delegations: [given('2026-11-20', '2026-11-30')],
    today,
  });

  it.each([
    ['the delegate', delegate, ids.manager],
    ['the manager herself', actors.manager, null],
    ['the territory manager', actors.territoryManager, null],
  ])('%s → delegatedBy %s', async (_, actor, delegatedBy) => {
    const read = submitted();
    expect(
      codeOf(await run('milestone.decide', { stepId, decision: 'approved' }, actor, read)),
    ).toBe('applied');
    const step = read.tables.get('step')!.get(stepId) as Step;
    expect(step.decision).toMatchObject({ by: actor.agentId, delegatedBy });
  });
});
