import { describe, expect, it } from 'vitest';
import type { MilestoneComment } from '../entities';
import { stepIdOf } from '../path';
import type { Actor } from '../permissions';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { commands, runCommand, type Outcome } from './index';

const commentId = '00000000-0000-4000-8000-0000000000c1';
const milestone = stepIdOf(ids.path, stepIndex.milestone);
const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

async function comment(
  args: object,
  actor: Actor = actors.mentor,
  read = new MemoryReader(),
  now?: string,
) {
  const ctx = { ...contextFor(actor, read), ...(now ? { now } : {}) };
  const outcome = await runCommand(commands.get('milestone.comment')!, args, ctx);
  if (outcome.ok) read.apply(outcome.changes);
  return { outcome, read };
}

const commentsOf = (read: MemoryReader) =>
  [...(read.tables.get('milestoneComment')?.values() ?? [])] as MilestoneComment[];

describe('milestone.comment', () => {
  it('keeps the trimmed text, its milestone, path, author and time', async () => {
    const { outcome, read } = await comment({
      id: commentId,
      stepId: milestone,
      text: '  Bon bilan \n',
    });
    expect(refusal(outcome)).toEqual(['applied']);
    expect(commentsOf(read)).toEqual([
      {
        id: commentId,
        stepId: milestone,
        pathId: ids.path,
        authorId: ids.mentor,
        at: '2026-11-23T10:00:00.000Z',
        text: 'Bon bilan',
        version: 0,
      },
    ]);
  });

  it('is one comment when sent again, keeping its first time', async () => {
    const args = { id: commentId, stepId: milestone, text: 'Bon bilan' };
    const { read } = await comment(args);
    const again = await comment(args, actors.mentor, read, '2026-11-24T08:00:00.000Z');
    expect(refusal(again.outcome)).toEqual(['applied']);
    expect(commentsOf(read)).toMatchObject([{ id: commentId, at: '2026-11-23T10:00:00.000Z' }]);
  });

  it.each([
    ['another author', actors.recruit, milestone],
    ['another milestone', actors.mentor, stepIdOf(ids.path, stepIndex.admin)],
  ])(
    'refuses the same id from %s (forbidden on id), keeping the first',
    async (_, actor, stepId) => {
      const { read } = await comment({ id: commentId, stepId: milestone, text: 'Bon bilan' });
      const { outcome } = await comment(
        { id: commentId, stepId, text: 'Autre chose' },
        actor,
        read,
      );
      expect(refusal(outcome)).toEqual(['forbidden', 'id']);
      expect(commentsOf(read)).toMatchObject([{ authorId: ids.mentor, text: 'Bon bilan' }]);
    },
  );

  it.each([
    [
      'a step that is no milestone',
      { stepId: stepIdOf(ids.path, stepIndex.admin) },
      ['wrong_kind', 'stepId'],
    ],
    ['an unknown step', { stepId: stepIdOf(ids.template, 0) }, ['not_found', 'stepId']],
    ['a malformed step id', { stepId: 'nope' }, ['invalid', 'stepId']],
    ['blank text', { text: '   ' }, ['invalid', 'text']],
    ['text over 2,000 characters', { text: 'x'.repeat(2001) }, ['invalid', 'text']],
    ['a number for text', { text: 42 }, ['invalid', 'text']],
    ['a malformed id', { id: 'c1' }, ['invalid', 'id']],
    [
      'another recruit’s milestone',
      { stepId: stepIdOf(ids.otherPath, stepIndex.milestone) },
      ['forbidden', 'stepId'],
    ],
  ])('refuses %s → %j, nothing written', async (_, change, expected) => {
    const args = { id: commentId, stepId: milestone, text: 'Bon bilan', ...change };
    const { outcome, read } = await comment(args);
    expect(refusal(outcome)).toEqual(expected);
    expect(commentsOf(read)).toEqual([]);
  });
});
