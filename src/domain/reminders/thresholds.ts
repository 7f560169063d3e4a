import { z } from 'zod';

/**
 * The days after which each reminder rule fires (issue 17), in one place. A deployment may
 * change any of them with an environment variable of the same name in capitals with a
 * REMINDER_ prefix (REMINDER_STEP_DUE_SOON=2…), read and checked at start-up by the server
 * (src/server/env.ts); devices ask for them (GET /api/reminders/thresholds) and keep them,
 * so that both compute the same reminders.
 */
export const ReminderThresholds = z.strictObject({
  /** A step due within this many days reminds the recruit. */
  stepDueSoon: z.number().int().min(0).max(30),
  /** A step overdue by this many days reminds the recruit and her mentor. */
  stepOverdue: z.number().int().min(1).max(90),
  /** A step overdue by this many days also reminds her manager. */
  stepOverdueManager: z.number().int().min(1).max(180),
  /** A milestone waiting this many days for a decision reminds who decides. */
  milestoneWaiting: z.number().int().min(1).max(60),
  /** Waiting this many days, it also reminds the territory manager. */
  milestoneWaitingTerritory: z.number().int().min(1).max(120),
  /** A recruit's devices silent this many days remind her mentor. */
  silentDevice: z.number().int().min(1).max(90),
  /** A practice-analysis session this many days ahead reminds its members. */
  sessionAhead: z.number().int().min(0).max(14),
  /** A recruit arriving within this many days without a path or an activated account
   *  reminds her manager. */
  arrivalAhead: z.number().int().min(1).max(90),
});
export type ReminderThresholds = z.infer<typeof ReminderThresholds>;

export const defaultThresholds: ReminderThresholds = {
  stepDueSoon: 3,
  stepOverdue: 7,
  stepOverdueManager: 21,
  milestoneWaiting: 5,
  milestoneWaitingTerritory: 10,
  silentDevice: 14,
  sessionAhead: 1,
  arrivalAhead: 14,
};

/** The environment variable that sets a threshold: stepDueSoon → REMINDER_STEP_DUE_SOON. */
export const thresholdVariable = (name: keyof ReminderThresholds): string =>
  `REMINDER_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

/** The thresholds a deployment set, over the defaults; the first variable out of range or
 *  not a whole number is named in the error, so that the server refuses to start. */
export function thresholdsFrom(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: ReminderThresholds } | { ok: false; variable: string; message: string } {
  const value: Record<string, number> = { ...defaultThresholds };
  for (const name of Object.keys(defaultThresholds) as (keyof ReminderThresholds)[]) {
    const text = env[thresholdVariable(name)];
    if (text === undefined || text === '') continue;
    value[name] = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  }
  const parsed = ReminderThresholds.safeParse(value);
  if (parsed.success) {
    const escalation = checkOrder(parsed.data);
    if (escalation) return { ok: false, ...escalation };
    return { ok: true, value: parsed.data };
  }
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0]) as keyof ReminderThresholds;
  return { ok: false, variable: thresholdVariable(name), message: issue?.message ?? 'invalid' };
}

// An escalation must come after the reminder it escalates, or the manager would hear of a
// step before the recruit's mentor does.
function checkOrder(t: ReminderThresholds): { variable: string; message: string } | null {
  if (t.stepOverdueManager <= t.stepOverdue)
    return {
      variable: thresholdVariable('stepOverdueManager'),
      message: `must be more than ${thresholdVariable('stepOverdue')}`,
    };
  if (t.milestoneWaitingTerritory <= t.milestoneWaiting)
    return {
      variable: thresholdVariable('milestoneWaitingTerritory'),
      message: `must be more than ${thresholdVariable('milestoneWaiting')}`,
    };
  return null;
}
