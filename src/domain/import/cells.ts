import { Agent } from '../organisation';
import { storableText } from '../text';

/**
 * How one cell of the HR export becomes a value of `agent.create`, or is refused. Each
 * reader answers undefined when the cell cannot be read; the caller names the problem.
 */

const frenchDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `dd/mm/yyyy` (as a French spreadsheet writes it) or `yyyy-mm-dd`, as an ISO date. The
 *  day must exist: 31/02/2026 is refused, not moved to early March as Date would. */
export function isoDateOf(text: string): string | undefined {
  const french = frenchDate.exec(text);
  const iso = french ? undefined : isoDate.exec(text);
  const parts = french ? [french[3], french[2], french[1]] : iso?.slice(1, 4);
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1900 || year > 2199) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.toISOString().slice(0, 10) : undefined;
}

/** The address in lower case (unique case-insensitively), if the Agent row would take it. */
export function emailOf(text: string): string | undefined {
  const email = text.toLowerCase();
  return Agent.shape.email.safeParse(email).success ? email : undefined;
}

const phoneCharacters = /^\+?[0-9 .()-]+$/;

/** A phone number as people write them (06 12 34 56 78, +33 6..., 01.48.95.00.00), within
 *  the 30 characters of the Agent row. */
export function phoneOf(text: string): string | undefined {
  const phone = text.replace(/\s+/g, ' ');
  const digits = phone.replace(/\D/g, '').length;
  return phoneCharacters.test(phone) && phone.length <= 30 && digits >= 4 ? phone : undefined;
}

/** Inner runs of spaces (a name typed with two) become one. */
export const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A cell quoted back to the person: short enough for a table cell and an answer, and in a
 *  form that can be stored and logged (a cut may split a surrogate pair). */
export const shortened = (text: string, max = 80): string =>
  storableText(text.length > max ? `${text.slice(0, max - 1)}…` : text);
