import type { Queryable } from '../store/database';
import type { RetentionPolicy } from './policy';

export interface BookkeepingPurged {
  sessions: number;
  deviceCookies: number;
  activationCodes: number;
  loginFailures: number;
  rejections: number;
}

const count = async (tx: Queryable, sql: string, params: readonly unknown[]) =>
  (await tx.query(`${sql} RETURNING 1`, params)).length;

/**
 * Rows no device holds (they are never pulled), deleted outright: dead credentials at
 * once, the throttle's and the push's bookkeeping once their use is over. No version is
 * drawn, so no writers' lock is needed.
 */
export async function purgeBookkeeping(
  tx: Queryable,
  now: Date,
  policy: RetentionPolicy,
): Promise<BookkeepingPurged> {
  return {
    sessions: await count(
      tx,
      'DELETE FROM sessions WHERE expires_at <= $1 OR revoked_at IS NOT NULL',
      [now],
    ),
    deviceCookies: await count(tx, 'DELETE FROM device_cookies WHERE expires_at <= $1', [now]),
    // A used code opened the account (the agent's row says so: a password is set); an
    // expired one opens nothing.
    activationCodes: await count(
      tx,
      'DELETE FROM activation_codes WHERE used_at IS NOT NULL OR expires_at <= $1',
      [now],
    ),
    loginFailures: await count(
      tx,
      'DELETE FROM login_failures WHERE failed_at < $1::timestamptz - make_interval(hours => $2)',
      [now, policy.throttleHours],
    ),
    rejections: await count(
      tx,
      'DELETE FROM rejections WHERE created_at < $1::timestamptz - make_interval(days => $2)',
      [now, policy.rejectionsDays],
    ),
  };
}
