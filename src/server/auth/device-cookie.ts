import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../store/database';
import { isSecure, type CookiePolicy } from './session-cookie';
import { digest, newSessionId } from './sessions';

/**
 * The OWASP device cookie: proof that this browser once signed in to an account, so that
 * its attempts on that account are judged by their own failures only (throttle.ts), not
 * held back by an attacker guessing from elsewhere. It is not a session: it grants nothing
 * but that, and logging out keeps it.
 *
 * Sent only to /api/auth, which rules out the __Host- prefix (it demands Path=/);
 * __Secure- still makes the browser refuse it without Secure.
 */
export const SECURE_DEVICE_COOKIE = '__Secure-parcours-device';
export const PLAIN_DEVICE_COOKIE = 'parcours_device';
const DEVICE_PATH = '/api/auth';
export const DEVICE_TTL_SECONDS = 365 * 24 * 3600;
/** More browsers than anyone uses; past it the oldest loses its trust (not its access). */
const DEVICES_PER_ACCOUNT = 10;

/** Every device token the request carries, under either name. */
export function deviceTokensOf(request: FastifyRequest): string[] {
  return [request.cookies[SECURE_DEVICE_COOKIE], request.cookies[PLAIN_DEVICE_COOKIE]].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
}

/**
 * The digest of the first token that is a live device cookie of this account, or null:
 * an unknown, expired or revoked token, or one of another account, earns nothing.
 */
export async function trustedDevice(
  db: Queryable,
  tokens: readonly string[],
  email: string,
  now: Date,
): Promise<string | null> {
  if (tokens.length === 0) return null;
  const rows = await db.query<{ token_hash: string }>(
    `SELECT d.token_hash FROM device_cookies d JOIN agents a ON a.id = d.agent_id
      WHERE d.token_hash = ANY($1) AND a.email = $2 AND d.expires_at > $3
      LIMIT 1`,
    [tokens.map(digest), email, now],
  );
  return rows[0]?.token_hash ?? null;
}

/**
 * After a successful login: a new token for this browser, bound to the account, replacing
 * the ones it sent (the new cookie overwrites them). Expired tokens of the account go, and
 * so do all but its newest few. Returns the token for the cookie; only its digest is kept.
 */
export async function issueDevice(
  db: Queryable,
  agentId: string,
  replaced: readonly string[],
  now: Date,
): Promise<string> {
  const token = newSessionId();
  const hash = digest(token);
  if (replaced.length > 0) {
    await db.query('DELETE FROM device_cookies WHERE token_hash = ANY($1)', [replaced.map(digest)]);
  }
  await db.query(
    `INSERT INTO device_cookies (token_hash, agent_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [hash, agentId, now, new Date(now.getTime() + DEVICE_TTL_SECONDS * 1000)],
  );
  await db.query(
    `DELETE FROM device_cookies
      WHERE agent_id = $1 AND token_hash <> $2
        AND (expires_at <= $3 OR token_hash NOT IN (
          SELECT token_hash FROM device_cookies WHERE agent_id = $1 AND token_hash <> $2
           ORDER BY created_at DESC, token_hash LIMIT $4))`,
    [agentId, hash, now, DEVICES_PER_ACCOUNT - 1],
  );
  return token;
}

/** A device cookie that failed too often is no longer trusted: its owner signs in again. */
export async function revokeDevice(db: Queryable, hash: string): Promise<void> {
  await db.query('DELETE FROM device_cookies WHERE token_hash = $1', [hash]);
}

export function setDeviceCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CookiePolicy,
  token: string,
): void {
  const secure = isSecure(request, policy);
  reply.setCookie(secure ? SECURE_DEVICE_COOKIE : PLAIN_DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: DEVICE_PATH,
    maxAge: DEVICE_TTL_SECONDS,
  });
}
