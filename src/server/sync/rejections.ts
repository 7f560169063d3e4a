import type { MutationResult } from '../../domain/protocol';
import type { Queryable } from '../store/database';
import { storableText } from '../../domain/text';

type Refusal = NonNullable<MutationResult['error']>;

/** How long a refusal's reason is kept for a client that lost the answer: far longer than a
 *  phone stays offline between a push and the pull that follows it. */
const keepDays = 60;

/** Keeps the reasons of this push's refusals, in its transaction (they commit with the
 *  advance of lastMutationId), and forgets this client's old ones. */
export async function rememberRejections(
  tx: Queryable,
  clientId: string,
  results: readonly MutationResult[],
  now: Date,
): Promise<void> {
  const rejected = results.filter((r) => r.status === 'rejected' && r.error);
  if (rejected.length === 0) return;
  await tx.query(
    `INSERT INTO rejections (client_id, mutation_id, code, message, field, created_at)
     SELECT $1, r.id, r.code, r.message, r.field, $3
       FROM json_to_recordset($2::json) AS r(id bigint, code text, message text, field text)
     ON CONFLICT (client_id, mutation_id) DO NOTHING`,
    [clientId, JSON.stringify(rejected.map(({ id, error }) => ({ id, ...storable(error) }))), now],
  );
  await tx.query(
    `DELETE FROM rejections
      WHERE client_id = $1 AND created_at < $2::timestamptz - make_interval(days => $3)`,
    [clientId, now, keepDays],
  );
}

/** A refusal as it can be stored. Commands already refuse unstorable text before quoting
 *  any of it; this keeps a future message that forgets it from failing the whole push. */
const storable = (error: Refusal | undefined): Partial<Refusal> =>
  error
    ? Object.fromEntries(Object.entries(error).map(([key, text]) => [key, storableText(text)]))
    : {};

/** The reasons kept for these already-processed mutation ids of the client, by id. */
export async function rememberedRejections(
  tx: Queryable,
  clientId: string,
  ids: readonly number[],
): Promise<Map<number, Refusal>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{
    id: string | number;
    code: string;
    message: string;
    field: string | null;
  }>(
    `SELECT mutation_id AS id, code, message, field FROM rejections
      WHERE client_id = $1 AND mutation_id = ANY($2::bigint[])`,
    [clientId, ids],
  );
  return new Map(
    rows.map(({ id, code, message, field }) => [
      Number(id),
      field === null ? { code, message } : { code, message, field },
    ]),
  );
}
