import { describe, expect, it } from 'vitest';
import type { ColumnKey } from './columns';
import { problemOfRefusal } from './refusals';

const columns = new Map<ColumnKey, string>([
  ['email', 'E-mail'],
  ['lastName', 'Nom'],
  ['circonscription', 'Circonscription'],
  ['endDate', 'Date de fin'],
]);

describe("agent.create's refusals, as problems of the line", () => {
  it.each([
    [
      { code: 'duplicate', field: 'email' },
      { column: 'E-mail', code: 'email_taken' },
    ],
    [
      { code: 'forbidden', field: 'circonscriptionId' },
      { column: 'Circonscription', code: 'forbidden' },
    ],
    [
      { code: 'closed', field: 'circonscriptionId' },
      { column: 'Circonscription', code: 'circonscription_closed' },
    ],
    [
      { code: 'invalid', field: 'endDate' },
      { column: 'Date de fin', code: 'invalid' },
    ],
    [
      { code: 'invalid', field: 'displayName' },
      { column: 'Nom', code: 'invalid' },
    ],
    [{ code: 'forbidden', field: 'roles' }, { code: 'forbidden' }],
    [{ code: 'duplicate', field: 'id' }, { code: 'duplicate' }],
    [{ code: 'invalid' }, { code: 'invalid' }],
  ])('%j → %j', (error, expected) => {
    const problem = problemOfRefusal(7, { ...error, message: 'why' }, columns);
    expect(problem).toEqual({ line: 7, message: 'why', ...expected });
  });
});
