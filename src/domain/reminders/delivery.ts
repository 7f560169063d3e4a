import type { Reminder, ReminderRule } from './rows';

/** One person's reminders, without those she dismissed (keys of her dismissals). */
export const remindersOf = (
  all: readonly Reminder[],
  recipientId: string,
  dismissed: ReadonlySet<string> = new Set(),
): Reminder[] => all.filter((r) => r.recipientId === recipientId && !dismissed.has(r.key));

/** What one notification says: a rule and how many of its reminders are new, never whom
 *  they are about (a lock screen is public). */
export interface Notice {
  recipientId: string;
  rule: ReminderRule;
  count: number;
  /** The screen a tap opens: the reminder's own when there is one, else the centre. */
  href: string;
  /** The reminders it carries, to record as sent. */
  keys: string[];
}

/** One notice per person and rule, from the reminders not yet sent to her by that channel:
 *  "3 étapes en retard" rather than three notifications. */
export function groupNotices(unsent: readonly Reminder[]): Notice[] {
  const byPersonRule = new Map<string, Reminder[]>();
  for (const reminder of unsent) {
    const id = `${reminder.recipientId} ${reminder.rule}`;
    const list = byPersonRule.get(id);
    if (list) list.push(reminder);
    else byPersonRule.set(id, [reminder]);
  }
  return [...byPersonRule.values()].map((list) => {
    const [first] = list as [Reminder, ...Reminder[]];
    return {
      recipientId: first.recipientId,
      rule: first.rule,
      count: list.length,
      href: list.length === 1 ? first.href : '/rappels',
      keys: list.map((r) => r.key),
    };
  });
}

/** The hours reminders may reach a phone, Paris time: from 08:00 to 20:00, Monday to Friday
 *  (an agent's right to disconnect; a reminder reached on Saturday waits for Monday 08:00,
 *  and the in-app centre shows it meanwhile). */
export const deliveryHours = { from: 8, until: 20, timeZone: 'Europe/Paris' } as const;

const parisClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: deliveryHours.timeZone,
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

export function mayDeliverAt(now: Date): boolean {
  const parts = parisClock.formatToParts(now);
  const weekday = parts.find((p) => p.type === 'weekday')?.value;
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  return hour >= deliveryHours.from && hour < deliveryHours.until;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: deliveryHours.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day it is in Paris (YYYY-MM-DD): the day the server's pass reminds for,
 *  whatever the server's own time zone. */
export const parisDate = (now: Date): string => parisDay.format(now);
