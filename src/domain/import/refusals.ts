import type { ColumnKey } from './columns';
import type { ImportProblem } from './protocol';

/** Which column of the file holds each argument of `agent.create`. */
const columnOfField: Readonly<Record<string, ColumnKey>> = {
  email: 'email',
  displayName: 'lastName',
  job: 'job',
  status: 'status',
  circonscriptionId: 'circonscription',
  startDate: 'startDate',
  endDate: 'endDate',
  phone: 'phone',
};

/** The parser's code for what the command says in its own words, so that the person reads
 *  one message for one cause whichever check caught it first. */
const codeOf = (code: string, field: string | undefined): string => {
  if (code === 'duplicate' && field === 'email') return 'email_taken';
  if (code === 'closed') return 'circonscription_closed';
  return code;
};

/**
 * A line `agent.create` refused (the server runs it after the parser, as for a device: its
 * permission and uniqueness are the ones that count), as a problem of that line, in the
 * column its field comes from. `columns` are the headers as the file spells them.
 */
export function problemOfRefusal(
  line: number,
  error: { code: string; message: string; field?: string | undefined },
  columns: ReadonlyMap<ColumnKey, string>,
): ImportProblem {
  const key = error.field === undefined ? undefined : columnOfField[error.field];
  const column = key && columns.get(key);
  const code = codeOf(error.code, error.field);
  return { line, ...(column ? { column } : {}), code, message: error.message };
}
