import type { EmploymentStatus, Role } from '../organisation';
import { isStorableText } from '../text';
import { emailOf, isoDateOf, phoneOf, shortened, tidy } from './cells';
import { importColumns, normalise, statusOf, type ColumnKey, type HeaderMatch } from './columns';
import type { ImportProblem, WrittenCells } from './protocol';

/** The arguments of the `agent.create` command that a line becomes. */
export interface AgentCreateArgs {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  job: string;
  status: EmploymentStatus;
  circonscriptionId: string;
  startDate: string;
  endDate?: string;
  phone?: string;
}

export interface KnownCirconscription {
  id: string;
  name: string;
  /** A closed circonscription takes no new recruit. */
  closed?: boolean;
}

/** What the lines are checked against: the circonscriptions the importer reaches, and the
 *  emails already in use (lower case). */
export interface ImportKnowledge {
  circonscriptions: readonly KnownCirconscription[];
  takenEmails: ReadonlySet<string>;
  /** The new agents' ids; a fresh UUID each by default. */
  newId?: () => string;
}

export type ParsedLine =
  | { line: number; ok: true; args: AgentCreateArgs; circonscriptionName: string }
  | { line: number; ok: false; problems: ImportProblem[]; cells: WrittenCells };

const MAX_TEXT = 120;

const headerOf = (key: ColumnKey): string =>
  importColumns.find((column) => column.key === key)?.header ?? key;

/**
 * Reads the lines of one file, in order: an email seen on an earlier line refuses the later
 * one. Every problem of a line is reported, not only the first, so that one round of
 * corrections in the spreadsheet is enough.
 */
export function lineReader(header: HeaderMatch, known: ImportKnowledge, width: number) {
  const firstLineOf = new Map<string, number>();
  const findCirconscription = circonscriptionFinder(known.circonscriptions);
  const newId = known.newId ?? (() => crypto.randomUUID());

  return (cells: readonly string[], line: number, quoteError: boolean): ParsedLine => {
    const problems: ImportProblem[] = [];
    const raw = (key: ColumnKey) => {
      const at = header.found.get(key);
      return at ? (cells[at.index] ?? '') : '';
    };
    const refuse = (key: ColumnKey | null, code: string, message: string, more = {}) => {
      const column = key && (header.found.get(key)?.name ?? headerOf(key));
      problems.push({ line, ...(column ? { column } : {}), code, message, ...more });
    };
    const written = (): WrittenCells => ({
      displayName: shortened(tidy(`${raw('firstName')} ${raw('lastName')}`)),
      email: shortened(tidy(raw('email'))),
      circonscription: shortened(tidy(raw('circonscription'))),
      startDate: shortened(tidy(raw('startDate'))),
    });
    if (quoteError) {
      // The cells after the quote are swallowed: their problems would only be its echo.
      refuse(null, 'bad_quotes', 'A quote is not closed: what follows reads as one cell.');
      return { line, ok: false, problems, cells: written() };
    }
    if (cells.slice(width).some((cell) => cell.trim() !== '')) {
      refuse(null, 'extra_cells', 'This line has more cells than the header has columns.');
    }

    const text = new Map<ColumnKey, string>();
    for (const column of importColumns) {
      const value = tidy(raw(column.key));
      if (!isStorableText(value)) {
        refuse(column.key, 'unstorable_text', 'This cell holds a character that cannot be stored.');
      } else if (value === '') {
        if (column.required) refuse(column.key, 'required', 'This cell is empty.');
      } else text.set(column.key, value);
    }
    const read = <T>(key: ColumnKey, reader: (value: string) => T | undefined, code: string) => {
      const value = text.get(key);
      if (value === undefined) return undefined;
      const result = reader(value);
      if (result === undefined) refuse(key, code, messages[code] ?? code);
      return result;
    };

    const displayName = [text.get('firstName'), text.get('lastName')].filter(Boolean).join(' ');
    if (displayName.length > MAX_TEXT) {
      refuse('lastName', 'too_long', 'First and last names exceed 120 characters.', {
        max: MAX_TEXT,
      });
    }
    const job = text.get('job');
    if (job && job.length > MAX_TEXT) {
      refuse('job', 'too_long', 'The job exceeds 120 characters.', { max: MAX_TEXT });
    }
    const email = read('email', emailOf, 'bad_email');
    if (email !== undefined) {
      const first = firstLineOf.get(email);
      if (first !== undefined) {
        refuse('email', 'duplicate_in_file', `Line ${first} has the same email.`, {
          otherLine: first,
        });
      } else firstLineOf.set(email, line);
      if (known.takenEmails.has(email)) {
        refuse('email', 'email_taken', 'An account already uses this email.');
      }
    }
    const status = read('status', statusOf, 'unknown_status');
    const circonscription = read('circonscription', findCirconscription, 'unknown_circonscription');
    if (circonscription?.closed) {
      refuse('circonscription', 'circonscription_closed', 'This circonscription is closed.');
    }
    const startDate = read('startDate', isoDateOf, 'bad_date');
    const endDate = read('endDate', isoDateOf, 'bad_date');
    if (startDate && endDate && endDate < startDate) {
      refuse('endDate', 'end_before_start', 'The end date is before the arrival date.');
    }
    const phone = read('phone', phoneOf, 'bad_phone');

    if (problems.length > 0 || !email || !status || !circonscription || !startDate || !job) {
      return { line, ok: false, problems, cells: written() };
    }
    const args: AgentCreateArgs = {
      id: newId(),
      email,
      displayName,
      roles: ['recruit'],
      job,
      status,
      circonscriptionId: circonscription.id,
      startDate,
      ...(endDate ? { endDate } : {}),
      ...(phone ? { phone } : {}),
    };
    return { line, ok: true, args, circonscriptionName: circonscription.name };
  };
}

const messages: Record<string, string> = {
  bad_email: 'This is not a valid email address.',
  unknown_status:
    'Unknown status: titulaire, contractuel, apprenti, stagiaire, service civique or VAE.',
  unknown_circonscription: 'No circonscription of this name within your reach.',
  bad_date: 'Not a date: write dd/mm/yyyy or yyyy-mm-dd, a day that exists.',
  bad_phone: 'Not a phone number (digits, spaces, + . - ( ), 30 characters at most).',
};

/** By name (compared as headers are: case, accents and punctuation aside) or by id. A name
 *  two circonscriptions share after that matches neither: the line must say which. */
function circonscriptionFinder(list: readonly KnownCirconscription[]) {
  const byKey = new Map<string, KnownCirconscription[]>();
  for (const circonscription of list) {
    for (const key of new Set([normalise(circonscription.name), normalise(circonscription.id)])) {
      byKey.set(key, [...(byKey.get(key) ?? []), circonscription]);
    }
  }
  return (text: string): KnownCirconscription | undefined => {
    const found = byKey.get(normalise(text));
    return found?.length === 1 ? found[0] : undefined;
  };
}
