import { createHmac, randomBytes } from 'node:crypto';
import { ACTIVATION_VALIDITY_DAYS, formatCode, newActivationCode } from '../../domain/activation';
import type { Queryable } from '../store/database';

const DAY_MS = 86_400_000;

/** The HMAC of a bare code, from the bare code only: what the table keys codes by. */
export type CodeHasher = (code: string) => Promise<string>;

/**
 * Keys codes with HMAC-SHA256. The key is `configured` (PARCOURS_ACTIVATION_KEY) when set,
 * otherwise the database's own, drawn by whichever process needs it first: every process
 * over one database then agrees without anyone configuring anything. Read once per process;
 * a failed read is tried again on the next call rather than remembered.
 */
export function codeHasher(db: Queryable, configured?: string): CodeHasher {
  let key: Promise<Buffer> | undefined;
  const load = () => {
    key ??= (configured ? Promise.resolve(Buffer.from(configured)) : storedKey(db)).catch(
      (error: unknown) => {
        key = undefined;
        throw error;
      },
    );
    return key;
  };
  return async (code) =>
    createHmac('sha256', await load())
      .update(code)
      .digest('hex');
}

async function storedKey(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO activation_secret (secret) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
    randomBytes(32),
  ]);
  const [row] = await db.query<{ secret: Uint8Array }>('SELECT secret FROM activation_secret');
  if (!row) throw new Error('activation_secret is empty after its insertion');
  return Buffer.from(row.secret);
}

export interface DrawnCode {
  /** Grouped for reading: `7KQM-X3PD-RW`. Handed out once, never stored. */
  code: string;
  codeHash: string;
}

/** Fresh codes and their hashes. Drawn before the transaction that stores them: the key may
 *  have to be read, and PGlite's one connection is the transaction's until it ends. */
export async function drawCodes(hash: CodeHasher, count: number): Promise<DrawnCode[]> {
  const codes = Array.from({ length: count }, () => newActivationCode((size) => randomBytes(size)));
  return Promise.all(
    codes.map(async (code) => ({ code: formatCode(code), codeHash: await hash(code) })),
  );
}

/** When codes asked for now stop working. */
export const expiryOf = (now: Date): Date =>
  new Date(now.getTime() + ACTIVATION_VALIDITY_DAYS * DAY_MS);

/**
 * Stores the codes for these agents (one each, in order), each replacing the agent's unused
 * one in place (one unused code per agent, migration 13), in the caller's transaction. Two
 * codes drawing the same hash would break the unique index and the transaction: at 47 bits
 * and a few thousand live codes that is a one in billions chance, left to fail.
 */
export async function storeCodes(
  tx: Queryable,
  agentIds: readonly string[],
  codes: readonly DrawnCode[],
  createdBy: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO activation_codes (agent_id, code_hash, expires_at, created_by, created_at)
     SELECT agent_id, code_hash, $3, $4, $5
       FROM unnest($1::uuid[], $2::text[]) AS c (agent_id, code_hash)
     ON CONFLICT (agent_id) WHERE used_at IS NULL DO UPDATE
       SET code_hash = excluded.code_hash, expires_at = excluded.expires_at,
           created_by = excluded.created_by, created_at = excluded.created_at`,
    [agentIds, codes.map((c) => c.codeHash), expiryOf(now), createdBy, now],
  );
}

/** The agent a live code opens, whether or not her account may still sign in; null for a
 *  code used, expired or unknown. Reads only: using it is `useCode`'s, in a transaction. */
export async function findCode(
  db: Queryable,
  codeHash: string,
  now: Date,
): Promise<{ agentId: string; disabled: boolean } | null> {
  const [row] = await db.query<{ agent_id: string; disabled: boolean }>(
    `SELECT c.agent_id, a.disabled FROM activation_codes c JOIN agents a ON a.id = c.agent_id
      WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2`,
    [codeHash, now],
  );
  return row ? { agentId: row.agent_id, disabled: row.disabled } : null;
}

/** Marks the code used if it still may be; the agent it opened, or null when a concurrent
 *  request used it first (or it expired meanwhile). The update is the single-use guarantee. */
export async function useCode(tx: Queryable, codeHash: string, now: Date): Promise<string | null> {
  const [row] = await tx.query<{ agent_id: string }>(
    `UPDATE activation_codes SET used_at = $2
      WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
      RETURNING agent_id`,
    [codeHash, now],
  );
  return row?.agent_id ?? null;
}
