import { commands, runCommand, type Change } from '../domain/commands';
import { parseAgentsCsv, type FileRefusal } from '../domain/import/agents-csv';
import type { ColumnKey } from '../domain/import/columns';
import type { KnownCirconscription, ParsedLine } from '../domain/import/line';
import type { ImportCreated, ImportLine } from '../domain/import/protocol';
import { problemOfRefusal } from '../domain/import/refusals';
import { may, type Actor } from '../domain/permissions';
import { HttpError } from './http/http-error';
import { isDataError, withSavepoint, type Database, type Queryable } from './store/database';
import { takeWriterLock } from './store/writers';
import { actorFor } from './sync/actor';
import { sqlReader } from './sync/reader';
import { writeChanges } from './sync/write';

export type ImportOutcome =
  /** The file as a whole: too big, or a header the lines cannot be read against. */
  | { kind: 'refused'; refusal: FileRefusal }
  /** Each line's result; nothing was written (a dry run, or a line was refused). */
  | { kind: 'checked'; lines: ImportLine[]; ready: boolean }
  | { kind: 'created'; created: ImportCreated['created'] };

/** Thrown to roll the transaction back, carrying what to answer. */
class Rollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('rolled back');
  }
}

interface Checked {
  line: ParsedLine;
  /** The command's rows for a ready line; a refusal's line otherwise. */
  changes: Change[];
  result: ImportLine;
}

/**
 * The bulk arrival of issue 14, all or nothing in ONE transaction: the file is read against
 * the circonscriptions the importer reaches, then every ready line runs `agent.create` as a
 * device's mutation would (same permission, same uniqueness), and its rows are written. Any
 * refused line, or a dry run, rolls everything back and answers each line's result.
 */
export async function importAgents(
  db: Database,
  agentId: string,
  text: string,
  { dryRun, now }: { dryRun: boolean; now: Date },
): Promise<ImportOutcome> {
  const command = commands.get('agent.create');
  if (!command) throw new Error('agent.create is not registered');
  try {
    return await db.transaction(
      async (tx) => {
        // The writers' lock, as a push takes it: versions are drawn and committed in order,
        // and no device creates the same email between the check and the write.
        await takeWriterLock(tx);
        const actor = await actorFor(tx, agentId, now.toISOString().slice(0, 10));
        if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
        const circonscriptions = await reachOf(tx, actor, command.rule);
        const [takenEmails] = await tx.query<{ emails: string[] }>(
          "SELECT coalesce(array_agg(email), '{}') AS emails FROM agents",
        );
        const file = parseAgentsCsv(text, {
          circonscriptions,
          takenEmails: new Set(takenEmails?.emails),
        });
        if (!file.ok) return { kind: 'refused', refusal: file.refusal };

        const context = { actor, read: sqlReader(tx), now: now.toISOString() };
        const checked: Checked[] = [];
        for (const line of file.lines) {
          if (!line.ok) {
            checked.push({ line, changes: [], result: line });
            continue;
          }
          const outcome = await runCommand(command, line.args, context);
          checked.push(
            outcome.ok
              ? { line, changes: outcome.changes, result: readyLine(line) }
              : { line, changes: [], result: refusedLine(line, [outcome.error], file.columns) },
          );
        }
        let ready = checked.every(({ result }) => result.ok);
        if (ready) ready = await write(tx, checked, file.columns);
        if (dryRun || !ready) {
          throw new Rollback({ kind: 'checked', lines: checked.map((c) => c.result), ready });
        }
        const created = checked.flatMap(({ line }) =>
          line.ok ? [{ line: line.line, agentId: line.args.id, ...pick(line.args) }] : [],
        );
        return { kind: 'created', created };
      },
      { isolation: 'readCommitted' },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    throw error;
  }
}

const pick = ({ displayName, email }: { displayName: string; email: string }) => ({
  displayName,
  email,
});

/** The circonscriptions where the command's own rule lets the actor create an agent. */
async function reachOf(
  tx: Queryable,
  actor: Actor,
  rule: Parameters<typeof may>[2],
): Promise<KnownCirconscription[]> {
  const rows = await tx.query<KnownCirconscription & { territoryId: string }>(
    `SELECT id::text AS id, name, territory_id::text AS "territoryId", closed
       FROM circonscriptions ORDER BY name, id`,
  );
  return rows.filter((row) =>
    may(
      actor,
      { recruitId: '', mentorId: null, circonscriptionId: row.id, territoryId: row.territoryId },
      rule,
    ),
  );
}

/**
 * Writes every line's rows in one go (a statement per table). Should the database refuse
 * one (a constraint the domain does not know of), each line is written again in a savepoint
 * of its own to find which, and the refused ones say so. Answers whether all were written.
 */
async function write(
  tx: Queryable,
  checked: Checked[],
  columns: ReadonlyMap<ColumnKey, string>,
): Promise<boolean> {
  try {
    await withSavepoint(tx, () =>
      writeChanges(
        tx,
        checked.flatMap((c) => c.changes),
      ),
    );
    return true;
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  for (const entry of checked) {
    try {
      await withSavepoint(tx, () => writeChanges(tx, entry.changes));
    } catch (error) {
      if (!isDataError(error)) throw error;
      const refusal = { code: 'invalid', message: 'The database refused this line.' };
      entry.result = refusedLine(entry.line, [refusal], columns);
    }
  }
  return checked.every(({ result }) => result.ok);
}

function readyLine(line: Extract<ParsedLine, { ok: true }>): ImportLine {
  const { args } = line;
  return {
    line: line.line,
    ok: true,
    agent: {
      displayName: args.displayName,
      email: args.email,
      job: args.job,
      status: args.status,
      circonscriptionId: args.circonscriptionId,
      circonscriptionName: line.circonscriptionName,
      startDate: args.startDate,
      endDate: args.endDate ?? null,
      phone: args.phone ?? null,
    },
  };
}

function refusedLine(
  line: ParsedLine,
  errors: { code: string; message: string; field?: string | undefined }[],
  columns: ReadonlyMap<ColumnKey, string>,
): ImportLine {
  const problems = errors.map((error) => problemOfRefusal(line.line, error, columns));
  if (!line.ok) return { ...line, problems: [...line.problems, ...problems] };
  const { args } = line;
  const cells = {
    displayName: args.displayName,
    email: args.email,
    circonscription: line.circonscriptionName,
    startDate: args.startDate,
  };
  return { line: line.line, ok: false, problems, cells };
}
