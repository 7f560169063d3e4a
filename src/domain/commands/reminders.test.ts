import { describe, expect, it } from 'vitest';
import { stepIdOf } from '../path';
import { actors, contextFor, ids, MemoryReader, stepIndex } from './fixture';
import { commands, runCommand } from './index';

const key = `stepOverdue:${stepIdOf(ids.path, stepIndex.admin)}:7`;
const dismiss = (args: unknown, actor = actors.recruit) =>
  runCommand(commands.get('reminder.dismiss')!, args, contextFor(actor, new MemoryReader()));

describe('reminder.dismiss', () => {
  it.each(Object.keys(actors) as (keyof typeof actors)[])(
    'writes %s’s own dismissal, and no one else’s',
    async (name) => {
      const outcome = await dismiss({ key }, actors[name]);
      expect(outcome.ok && outcome.changes).toEqual([
        {
          entity: 'reminderDismissal',
          op: 'put',
          row: expect.objectContaining({
            id: `${actors[name].agentId}:${key}`,
            agentId: actors[name].agentId,
            key,
          }) as unknown,
        },
      ]);
    },
  );

  it.each([
    // An argument no command takes is refused whole (run.ts names no field for it).
    ['someone else named', { key, agentId: ids.manager }, undefined],
    ['a key of no rule', { key: 'late:x:7' }, 'key'],
    ['a number', { key: 7 }, 'key'],
    ['nothing', {}, 'key'],
  ])('refuses %s, naming the field', async (_, args, field) => {
    const outcome = await dismiss(args);
    expect(outcome.ok ? null : [outcome.error.code, outcome.error.field]).toEqual([
      'invalid',
      field,
    ]);
  });
});
