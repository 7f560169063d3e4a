import { describe, expect, it } from 'vitest';
import { stepIdOf } from '../path';
import type { Actor } from '../permissions';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { commands, runCommand, type Outcome } from './index';

// Issue 13's bad input for the commands that were there before it: a mentor out of reach,
// ids out of the actor's scope. Each refusal names its field and writes nothing.

async function run(name: string, args: unknown, actor: Actor, read = new MemoryReader()) {
  const outcome = await runCommand(commands.get(name)!, args, contextFor(actor, read));
  if (outcome.ok) read.apply(outcome.changes);
  return { outcome, read };
}

const codeOf = (outcome: Outcome) => (outcome.ok ? 'applied' : outcome.error.code);
const fieldOf = (outcome: Outcome) => (outcome.ok ? undefined : outcome.error.field);

describe("a path's mentor works where the recruit does", () => {
  const unknown = '00000000-0000-4000-8000-000000000999';
  it.each([
    ['manager', 'her mentor', actors.manager, ids.mentor, ['applied']],
    [
      'manager',
      'a mentor of another territory',
      actors.manager,
      ids.otherMentor,
      ['invalid', 'mentorId'],
    ],
    [
      'manager',
      'a mentor of the next circonscription',
      actors.manager,
      ids.nearMentor,
      ['invalid', 'mentorId'],
    ],
    [
      'territory manager',
      'a mentor of her territory',
      actors.territoryManager,
      ids.nearMentor,
      ['applied'],
    ],
    [
      'territory manager',
      'a mentor of another territory',
      actors.territoryManager,
      ids.otherMentor,
      ['invalid', 'mentorId'],
    ],
    [
      'admin',
      'a mentor of the next circonscription',
      actors.admin,
      ids.nearMentor,
      ['invalid', 'mentorId'],
    ],
    ['manager', 'a recruit', actors.manager, ids.newRecruit, ['invalid', 'mentorId']],
    ['manager', 'the recruit herself', actors.manager, ids.recruit, ['invalid', 'mentorId']],
    ['manager', 'nobody known', actors.manager, unknown, ['not_found', 'mentorId']],
    ['manager', 'a malformed id', actors.manager, 'x', ['invalid', 'mentorId']],
    [
      'mentor',
      'another territory’s mentor',
      actors.mentor,
      ids.otherMentor,
      ['forbidden', 'pathId'],
    ],
  ])('path.assignMentor by the %s to %s → %j', async (_, __, actor, mentorId, expected) => {
    const { outcome, read } = await run('path.assignMentor', { pathId: ids.path, mentorId }, actor);
    expect(outcome.ok ? ['applied'] : [codeOf(outcome), fieldOf(outcome)]).toEqual(expected);
    const path = await read.get('path', ids.path);
    expect(path?.mentorId).toBe(outcome.ok ? mentorId : ids.mentor);
  });

  it.each([
    [ids.otherMentor, ['invalid', 'mentorId']],
    [ids.nearMentor, ['invalid', 'mentorId']],
    [ids.mentor, ['applied']],
  ])('path.create with mentor %s → %j, nothing written otherwise', async (mentorId, expected) => {
    const id = '00000000-0000-4000-8000-0000000000a3';
    const args = {
      id,
      recruitId: ids.newRecruit,
      templateId: ids.template,
      startDate: '2026-12-01',
      mentorId,
    };
    const { outcome, read } = await run('path.create', args, actors.manager);
    expect(outcome.ok ? ['applied'] : [codeOf(outcome), fieldOf(outcome)]).toEqual(expected);
    expect(read.tables.get('path')!.has(id)).toBe(outcome.ok);
    expect([...read.tables.get('step')!.keys()].some((key) => key.startsWith(id))).toBe(outcome.ok);
  });
});

describe('ids outside the actor’s scope are refused naming the field', () => {
  it.each([
    ['step.setDone', { stepId: stepIdOf(ids.otherPath, stepIndex.admin), done: true }, 'stepId'],
    [
      'training.record',
      { id: ids.template, agentId: ids.otherRecruit, date: '2026-11-02', title: 'CNFPT', days: 1 },
      'agentId',
    ],
    [
      'meeting.log',
      { id: ids.template, pathId: ids.otherPath, date: '2026-11-02', notes: 'Point' },
      'pathId',
    ],
    [
      'path.create',
      {
        id: ids.template,
        recruitId: ids.farRecruit,
        templateId: ids.template,
        startDate: '2026-12-01',
      },
      'recruitId',
    ],
    [
      'group.setAttendance',
      { sessionId: ids.session, agentId: ids.otherRecruit, present: true },
      'agentId',
    ],
  ])('%s → forbidden on %s, nothing written', async (name, args, field) => {
    const actor =
      name === 'path.create' || name === 'group.setAttendance' ? actors.manager : actors.mentor;
    const before = new MemoryReader();
    const sizes = () => [...before.tables].map(([entity, rows]) => [entity, rows.size]);
    const counted = sizes();
    const { outcome } = await run(name, args, actor, before);
    expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['forbidden', field]);
    expect(sizes()).toEqual(counted);
  });
});
