import { createHash, randomBytes } from 'node:crypto';
import type { Agent } from '../../domain/organisation';
import { AGENT_COLUMNS, toAgent } from '../store/agents';
import type { Queryable } from '../store/database';

/** 256 random bits, base64url: unguessable, and safe in a cookie without escaping. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored: reading the table does not yield a usable cookie. */
export function digest(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

export async function createSession(
  db: Queryable,
  agentId: string,
  now: Date,
  ttlMs: number,
): Promise<string> {
  const id = newSessionId();
  await db.query(
    'INSERT INTO sessions (id_hash, agent_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [digest(id), agentId, now, new Date(now.getTime() + ttlMs)],
  );
  return id;
}

/** The agent a live session belongs to: not revoked, not expired, account not disabled. */
export async function agentForSession(
  db: Queryable,
  sessionId: string,
  now: Date,
): Promise<Agent | null> {
  const rows = await db.query<Parameters<typeof toAgent>[0]>(
    `SELECT ${AGENT_COLUMNS}
       FROM sessions s JOIN agents a ON a.id = s.agent_id
      WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT a.disabled`,
    [digest(sessionId), now],
    // Every authenticated request runs it.
    { prepare: true },
  );
  const row = rows[0];
  return row ? toAgent(row) : null;
}

export async function revokeSessions(
  db: Queryable,
  sessionIds: readonly string[],
  now: Date,
): Promise<void> {
  if (sessionIds.length === 0) return;
  await db.query(
    'UPDATE sessions SET revoked_at = $2 WHERE id_hash = ANY($1) AND revoked_at IS NULL',
    [sessionIds.map(digest), now],
  );
}
