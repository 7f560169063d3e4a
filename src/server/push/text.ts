import reminders from '../../../locales/fr/reminders.json';
import type { ReminderRule } from '../../domain/reminders';

type PushStrings = typeof reminders.push;

/** A rule's words with its count, from a language's `push` strings (`_one`/`_other`). */
export function countedText(strings: PushStrings, key: ReminderRule | 'title', count: number) {
  const table: Record<string, string> = strings;
  const text = table[key] ?? table[`${key}_${count === 1 ? 'one' : 'other'}`] ?? table.title ?? '';
  return text.replace('{{count}}', String(count));
}

/**
 * A notice's words, in French: the server does not know a person's language (the app keeps
 * it on the device), and the département's agents read French. A count and a rule, never a
 * name: a lock screen is public.
 */
export const noticeText = (key: ReminderRule | 'title', count: number): string =>
  countedText(reminders.push, key, count);
