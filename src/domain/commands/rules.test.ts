import { describe, expect, it } from 'vitest';
import type { Step, StepStatus } from '../entities';
import { stepIdOf } from '../path';
import { canMoveEquipment } from './equipment';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { commands, runCommand, type Outcome } from './index';

const step = (read: MemoryReader, index: number): Step =>
  read.tables.get('step')!.get(stepIdOf(ids.path, index)) as Step;

const setStatus = (read: MemoryReader, index: number, status: StepStatus) =>
  read.put({ entity: 'step', op: 'put', row: { ...step(read, index), status } });

async function run(name: string, args: unknown, actor = actors.recruit, read = new MemoryReader()) {
  const outcome = await runCommand(commands.get(name)!, args, contextFor(actor, read));
  if (outcome.ok) read.apply(outcome.changes);
  return { outcome, read };
}

const codeOf = (outcome: Outcome) => (outcome.ok ? 'applied' : outcome.error.code);
const fieldOf = (outcome: Outcome) => (outcome.ok ? undefined : outcome.error.field);

describe('step.setDone', () => {
  it.each([
    [stepIndex.admin, true, 'applied', 'done'],
    [stepIndex.training, true, 'applied', 'done'],
    [stepIndex.milestone, true, 'wrong_kind', 'todo'],
    [stepIndex.equipment, true, 'wrong_kind', 'requested'],
  ])('step %i done=%s → %s, status %s', async (index, done, code, status) => {
    const { outcome, read } = await run('step.setDone', {
      stepId: stepIdOf(ids.path, index),
      done,
    });
    expect(codeOf(outcome)).toBe(code);
    expect(step(read, index).status).toBe(status);
  });

  it('sets, never toggles: done twice stays done, then undone', async () => {
    const stepId = stepIdOf(ids.path, stepIndex.admin);
    const first = await run('step.setDone', { stepId, done: true });
    await run('step.setDone', { stepId, done: true }, actors.recruit, first.read);
    expect(step(first.read, stepIndex.admin).status).toBe('done');
    await run('step.setDone', { stepId, done: false }, actors.recruit, first.read);
    expect(step(first.read, stepIndex.admin).status).toBe('todo');
  });
});

describe('milestones', () => {
  const stepId = stepIdOf(ids.path, stepIndex.milestone);
  const decide = (read: MemoryReader, decision: string, comment?: string) =>
    run('milestone.decide', { stepId, decision, comment }, actors.manager, read);

  it.each([
    ['todo', 'applied', 'submitted'],
    ['rejected', 'applied', 'submitted'],
    ['submitted', 'applied', 'submitted'],
    ['approved', 'already_decided', 'approved'],
  ] as const)('submit from %s → %s (%s)', async (from, code, status) => {
    const read = new MemoryReader();
    setStatus(read, stepIndex.milestone, from);
    const { outcome } = await run(
      'milestone.submit',
      { stepId, note: 'Bilan prêt' },
      actors.recruit,
      read,
    );
    expect(codeOf(outcome)).toBe(code);
    expect(step(read, stepIndex.milestone).status).toBe(status);
  });

  it.each([
    ['todo', 'approved', 'not_submitted'],
    ['submitted', 'approved', 'applied'],
    ['submitted', 'rejected', 'applied'],
    ['approved', 'rejected', 'already_decided'],
    ['rejected', 'approved', 'already_decided'],
  ] as const)('decide from %s as %s → %s', async (from, decision, code) => {
    const read = new MemoryReader();
    setStatus(read, stepIndex.milestone, from);
    const { outcome } = await decide(read, decision, 'motif');
    expect(codeOf(outcome)).toBe(code);
  });

  it('records who decided, when and why', async () => {
    const read = new MemoryReader();
    setStatus(read, stepIndex.milestone, 'submitted');
    await decide(read, 'rejected', 'Il manque le rapport');
    expect(step(read, stepIndex.milestone)).toMatchObject({
      status: 'rejected',
      decision: {
        by: ids.manager,
        at: '2026-11-23T10:00:00.000Z',
        decision: 'rejected',
        comment: 'Il manque le rapport',
      },
    });
  });

  it('requires a comment to reject, naming the field', async () => {
    const read = new MemoryReader();
    setStatus(read, stepIndex.milestone, 'submitted');
    const { outcome } = await decide(read, 'rejected', '   ');
    expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['invalid', 'comment']);
    expect(step(read, stepIndex.milestone).status).toBe('submitted');
  });
});

describe('equipment life-cycle', () => {
  it.each([
    ['requested', 'ordered', true],
    ['ordered', 'delivered', true],
    ['delivered', 'returned', true],
    ['acknowledged', 'returned', true],
    ['ordered', 'ordered', true],
    ['returned', 'returned', true],
    // Skips
    ['requested', 'delivered', false],
    ['requested', 'returned', false],
    ['ordered', 'returned', false],
    // Reversals
    ['ordered', 'requested', false],
    ['delivered', 'ordered', false],
    ['delivered', 'requested', false],
    ['acknowledged', 'delivered', false],
    ['acknowledged', 'requested', false],
    ['returned', 'delivered', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveEquipment(from, to)).toBe(allowed);
  });

  it.each([
    ['requested', 'delivered'],
    ['ordered', 'requested'],
    ['returned', 'delivered'],
  ] as const)(
    'equipment.setStatus %s → %s is bad_transition on status, nothing written',
    async (from, to) => {
      const read = new MemoryReader();
      setStatus(read, stepIndex.equipment, from);
      const stepId = stepIdOf(ids.path, stepIndex.equipment);
      const { outcome } = await run(
        'equipment.setStatus',
        { stepId, status: to },
        actors.manager,
        read,
      );
      expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['bad_transition', 'status']);
      expect(step(read, stepIndex.equipment).status).toBe(from);
    },
  );

  it('keeps the asset tag and lets the recruit acknowledge', async () => {
    const stepId = stepIdOf(ids.path, stepIndex.equipment);
    const read = new MemoryReader();
    setStatus(read, stepIndex.equipment, 'ordered');
    await run(
      'equipment.setStatus',
      { stepId, status: 'delivered', assetTag: 'TEL-93-0042' },
      actors.manager,
      read,
    );
    await run('equipment.acknowledge', { stepId }, actors.recruit, read);
    expect(step(read, stepIndex.equipment)).toMatchObject({
      status: 'acknowledged',
      assetTag: 'TEL-93-0042',
    });
  });

  it('refuses to acknowledge a returned item and a step that is not equipment', async () => {
    const read = new MemoryReader();
    setStatus(read, stepIndex.equipment, 'returned');
    const returned = await run(
      'equipment.acknowledge',
      { stepId: stepIdOf(ids.path, stepIndex.equipment) },
      actors.recruit,
      read,
    );
    expect(codeOf(returned.outcome)).toBe('bad_transition');
    const wrong = await run('equipment.acknowledge', {
      stepId: stepIdOf(ids.path, stepIndex.admin),
    });
    expect(codeOf(wrong.outcome)).toBe('wrong_kind');
  });
});

describe('bad arguments name their field', () => {
  const training = { id: ids.template, agentId: ids.recruit, date: '2026-11-02', title: 'CNFPT' };
  it.each([
    ['training.record', { ...training, days: 0.3 }, 'days'],
    ['training.record', { ...training, days: 0 }, 'days'],
    ['training.record', { ...training, days: 5.5 }, 'days'],
    ['training.record', { ...training, days: 1, date: '2026-13-01' }, 'date'],
    ['training.record', { ...training, days: 1, title: 'x'.repeat(161) }, 'title'],
    ['training.record', { ...training, days: 1, extra: true }, ''],
    ['step.setDone', { stepId: 'nope', done: true }, 'stepId'],
    ['step.setDone', { stepId: stepIdOf(ids.path, 0), done: 'yes' }, 'done'],
    ['meeting.log', { id: ids.template, pathId: ids.path, date: '2026-11-02', notes: '' }, 'notes'],
  ])('%s %j → invalid %s', async (name, args, field) => {
    const { outcome } = await run(name, args);
    expect(codeOf(outcome)).toBe('invalid');
    if (field) expect(fieldOf(outcome)).toBe(field);
  });

  it('answers not_found for a step that does not exist', async () => {
    const { outcome } = await run('step.setDone', {
      stepId: stepIdOf(ids.template, 0),
      done: true,
    });
    expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['not_found', 'stepId']);
  });

  it("refuses to overwrite another agent's training through its id", async () => {
    const read = new MemoryReader();
    const first = { ...training, days: 1, agentId: ids.otherRecruit };
    await run('training.record', first, actors.admin, read);
    const { outcome } = await run(
      'training.record',
      { ...training, days: 1 },
      actors.recruit,
      read,
    );
    expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['forbidden', 'id']);
  });
});

describe('text the database cannot store', () => {
  it.each([
    ['a NUL in a value', { title: 'Écrits\u0000' }, 'title'],
    ['a lone surrogate in a key', { ['ti\uD800tle']: 'x' }, 'ti\uFFFDtle'],
  ])('%s is refused on the device too, naming the field', async (_, extra, field) => {
    const training = { id: ids.template, agentId: ids.recruit, date: '2026-11-02', days: 1 };
    const args = { title: 'CNFPT', ...training, ...extra };
    const { outcome, read } = await run('training.record', args, actors.recruit);
    expect([codeOf(outcome), fieldOf(outcome)]).toEqual(['invalid', field]);
    expect(read.tables.get('training')?.size ?? 0).toBe(0);
  });
});

describe('path.create', () => {
  const args = (id: string, recruitId: string) => ({
    id,
    recruitId,
    templateId: ids.template,
    startDate: '2026-12-01',
  });
  const newPath = '00000000-0000-4000-8000-0000000000a1';
  const secondPath = '00000000-0000-4000-8000-0000000000a2';

  it('gives a recruit one path, not two', async () => {
    const first = await run('path.create', args(newPath, ids.newRecruit), actors.manager);
    expect(codeOf(first.outcome)).toBe('applied');
    const again = await run(
      'path.create',
      args(secondPath, ids.newRecruit),
      actors.manager,
      first.read,
    );
    expect(codeOf(again.outcome)).toBe('has_path');
    expect(fieldOf(again.outcome)).toBe('recruitId');
    expect(again.read.tables.get('path')!.has(secondPath)).toBe(false);
  });

  it.each([
    ['the manager herself', ids.manager, 'invalid'],
    ['a mentor', ids.mentor, 'invalid'],
    ['the territory manager', ids.territoryManager, 'invalid'],
    ['a recruit without a path', ids.newRecruit, 'applied'],
  ])('for %s → %s, nothing written otherwise', async (_, recruitId, code) => {
    const { outcome, read } = await run('path.create', args(newPath, recruitId), actors.admin);
    expect(codeOf(outcome)).toBe(code);
    if (code !== 'applied') expect(fieldOf(outcome)).toBe('recruitId');
    expect(read.tables.get('path')?.has(newPath) ?? false).toBe(code === 'applied');
  });

  it('tells those who may not create it "forbidden", not whether the recruit has a path', async () => {
    const { outcome } = await run('path.create', args(secondPath, ids.recruit), actors.mentor);
    expect(codeOf(outcome)).toBe('forbidden');
  });
});
