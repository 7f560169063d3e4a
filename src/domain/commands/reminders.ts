import { z } from 'zod';
import { reminderRules } from '../reminders/rows';
import { defineCommand } from './command';

/** A reminder's key as the rules make it: `rule:subject:threshold`, the subject a step's or
 *  an agent's or a session's id. */
const ReminderKey = z
  .string()
  .max(200)
  .regex(
    new RegExp(`^(${reminderRules.join('|')}):[0-9a-f-]{36}(\\.\\d{2})?:\\d{1,3}$`, 'i'),
    'invalid reminder key',
  );

/**
 * Put a reminder away (issue 17): its recipient's own, remembered across her devices. A key
 * no rule gives her today is accepted all the same: the device that dismissed it may have
 * seen a cause the server no longer has, and the row only ever hides that key from her.
 */
export const reminderDismiss = defineCommand({
  name: 'reminder.dismiss',
  args: z.strictObject({ key: ReminderKey }),
  rule: { allow: ['own'] },
  load(_args, ctx) {
    const me = ctx.actor.agentId;
    return Promise.resolve({
      scope: { recruitId: me, mentorId: null, circonscriptionId: '', territoryId: '' },
      target: null,
    });
  },
  apply(_target, args, ctx) {
    const agentId = ctx.actor.agentId;
    const row = { id: `${agentId}:${args.key}`, agentId, key: args.key, at: ctx.now, version: 0 };
    return [{ entity: 'reminderDismissal', op: 'put', row }];
  },
});
