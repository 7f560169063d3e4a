import reminders from '../../../locales/fr/reminders.json';
import type { ReminderRule } from '../../domain/reminders';

type PushStrings = typeof reminders.push;

/**
 * A notice's words, in French: the server does not know a person's language (the app keeps
 * it on the device), and the département's agents read French. A count and a rule, never a
 * name: a lock screen is public.
 */
export function noticeText(key: ReminderRule | 'title', count: number): string {
  const strings: Record<string, string> = reminders.push satisfies PushStrings;
  const text =
    strings[key] ?? strings[`${key}_${count === 1 ? 'one' : 'other'}`] ?? strings.title ?? '';
  return text.replace('{{count}}', String(count));
}
