import { z } from 'zod';
import { EmploymentStatus, Id, IsoDate, type Role } from '../organisation';

/**
 * `POST /api/agents/import`: what the server answers, shared by the server that builds the
 * answers and the screen that reads them (validated there, where the data enters).
 */

/** A year of arrivals is about 150 lines: ten times that is a mistake (or an attack), and is
 *  refused as a whole before any line is read. */
export const MAX_IMPORT_LINES = 1000;
/** 1 MiB of UTF-8, a BOM not counted. */
export const MAX_IMPORT_BYTES = 1_048_576;

/** Who brings arrivals in (DESIGN §7, accounts); `agent.create` decides where. */
export const mayImport = (roles: readonly Role[]): boolean =>
  roles.some((role) => role === 'admin' || role === 'manager' || role === 'territoryManager');

/** Why a line, or the header, is refused. `code` is translated on screen; `message` is the
 *  English fallback. `column` is the header as the file spells it. */
export const ImportProblem = z.strictObject({
  line: z.number().int().min(1),
  column: z.string().optional(),
  code: z.string(),
  message: z.string(),
  /** The earlier line with the same email (duplicate_in_file). */
  otherLine: z.number().int().min(1).optional(),
  /** The longest a cell may be (too_long). */
  max: z.number().int().optional(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** The agent a ready line would create. */
export const AgentPreview = z.strictObject({
  displayName: z.string(),
  email: z.string(),
  job: z.string(),
  status: EmploymentStatus,
  circonscriptionId: Id,
  circonscriptionName: z.string(),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  phone: z.string().nullable(),
});
export type AgentPreview = z.infer<typeof AgentPreview>;

/** What a refused line holds, as written (shortened), so that the person finds it. */
export const WrittenCells = z.strictObject({
  displayName: z.string(),
  email: z.string(),
  circonscription: z.string(),
  startDate: z.string(),
});
export type WrittenCells = z.infer<typeof WrittenCells>;

const lineNumber = z.number().int().min(2);

export const ImportLine = z.discriminatedUnion('ok', [
  z.strictObject({ line: lineNumber, ok: z.literal(true), agent: AgentPreview }),
  z.strictObject({
    line: lineNumber,
    ok: z.literal(false),
    problems: z.array(ImportProblem).min(1),
    cells: WrittenCells,
  }),
]);
export type ImportLine = z.infer<typeof ImportLine>;

/** 200, `?dryRun=true`: each line's result, nothing written. */
export const ImportPreview = z.strictObject({ lines: z.array(ImportLine) });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** 201: every line became an agent. */
export const ImportCreated = z.strictObject({
  created: z.array(
    z.strictObject({ line: lineNumber, agentId: Id, displayName: z.string(), email: z.string() }),
  ),
});
export type ImportCreated = z.infer<typeof ImportCreated>;

/** 4xx: the API's error, plus each line's result (422 `lines_refused`) or the header's
 *  problems (422 `missing_column`, `repeated_column`). */
export const ImportRefusal = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
  lines: z.array(ImportLine).optional(),
  problems: z.array(ImportProblem).optional(),
});
export type ImportRefusal = z.infer<typeof ImportRefusal>;
