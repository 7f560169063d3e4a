import type { Queryable } from '../store/database';
import { revokeDevice } from './device-cookie';

export interface ThrottleLimits {
  /** How far back the per-pair, per-address and per-device counts look. */
  windowMs: number;
  /** Untrusted failures allowed per (account, address) pair; the next attempt waits. */
  perPair: number;
  /** Untrusted failures allowed per address, whatever the accounts. */
  perIp: number;
  /** Failures allowed with one device cookie; the last of them revokes it. */
  perDevice: number;
  /**
   * Untrusted failures on one account from anywhere, counted over `windowMs`: the first
   * `free` cost nothing, then each attempt waits `baseDelayMs × 2^(n − free)` after the
   * latest failure, at most `maxDelayMs`. A delay, never a lock: the owner's attempt passes
   * once it is over, and her trusted browser never waits at all.
   */
  account: { windowMs: number; free: number; baseDelayMs: number; maxDelayMs: number };
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60_000,
  perPair: 5,
  perIp: 20,
  perDevice: 5,
  account: { windowMs: 24 * 3_600_000, free: 10, baseDelayMs: 1000, maxDelayMs: 5 * 60_000 },
};

export interface LoginAttempt {
  /** Lower case; the account need not exist. */
  email: string;
  ip: string;
  /** The digest of a live device cookie of this account the browser sent (device-cookie.ts). */
  device: string | null;
}

/**
 * Counts failed logins in the database so that every server process sees the same tally.
 * An attempt with a device cookie of the account is judged by that cookie's failures only
 * (OWASP device cookies), so nobody can keep an owner out of her own browser; others are
 * limited per (account, address) and per address, and slowed per account. Two racing
 * attempts may both pass a check; the overshoot is a guess or two, which does not matter
 * against argon2id-hashed passwords.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Queryable,
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
  ) {}

  /** Seconds until the attempt would be allowed, or 0 when it is allowed now. */
  async retryAfter(attempt: LoginAttempt, now: Date): Promise<number> {
    // A device cookie past its limit was revoked by recordFailure: present, it is trusted.
    if (attempt.device) return 0;
    const since = new Date(now.getTime() - this.limits.windowMs);
    const instants = await Promise.all([
      this.blockedUntil(
        'email = $1 AND ip = $2',
        [attempt.email, attempt.ip],
        this.limits.perPair,
        since,
      ),
      this.blockedUntil('ip = $1', [attempt.ip], this.limits.perIp, since),
      this.accountDelayedUntil(attempt.email, now),
    ]);
    const until = Math.max(...instants.map((instant) => instant ?? 0));
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  async recordFailure(attempt: LoginAttempt, now: Date): Promise<void> {
    await this.db.query(
      'INSERT INTO login_failures (email, ip, device_hash, failed_at) VALUES ($1, $2, $3, $4)',
      [attempt.email, attempt.ip, attempt.device, now],
    );
    if (attempt.device) {
      const [row] = await this.db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM login_failures
          WHERE device_hash = $1 AND failed_at > $2`,
        [attempt.device, new Date(now.getTime() - this.limits.windowMs)],
      );
      if ((row?.n ?? 0) >= this.limits.perDevice) await revokeDevice(this.db, attempt.device);
    }
    // Old rows serve nothing; dropping them here keeps the table at the longest window's size.
    const kept = Math.max(this.limits.windowMs, this.limits.account.windowMs);
    await this.db.query('DELETE FROM login_failures WHERE failed_at < $1', [
      new Date(now.getTime() - kept),
    ]);
  }

  /**
   * A successful login forgives what it proved: this address's failures on the account and
   * this device cookie's. Not the account's from elsewhere, or an attacker would start
   * afresh each time the owner signs in.
   */
  async forgive(attempt: LoginAttempt): Promise<void> {
    await this.db.query(
      `DELETE FROM login_failures
        WHERE (email = $1 AND ip = $2 AND device_hash IS NULL) OR device_hash = $3`,
      [attempt.email, attempt.ip, attempt.device],
    );
  }

  /**
   * When `limit` untrusted failures match in the window, blocked until the oldest of the
   * latest `limit` leaves it. Returns that instant in ms, or null when not blocked.
   */
  private async blockedUntil(
    where: string,
    keys: readonly string[],
    limit: number,
    since: Date,
  ): Promise<number | null> {
    const rows = await this.db.query<{ failed_at: Date | string }>(
      `SELECT failed_at FROM login_failures
        WHERE ${where} AND device_hash IS NULL AND failed_at > $${keys.length + 1}
        ORDER BY failed_at DESC LIMIT $${keys.length + 2}`,
      [...keys, since, limit],
    );
    if (rows.length < limit) return null;
    const oldest = rows[rows.length - 1]!;
    return new Date(oldest.failed_at).getTime() + this.limits.windowMs;
  }

  /** The end of the account's growing delay after its latest untrusted failure, or null. */
  private async accountDelayedUntil(email: string, now: Date): Promise<number | null> {
    const { windowMs, free, baseDelayMs, maxDelayMs } = this.limits.account;
    const [row] = await this.db.query<{ n: number; latest: Date | string | null }>(
      `SELECT count(*)::integer AS n, max(failed_at) AS latest FROM login_failures
        WHERE email = $1 AND device_hash IS NULL AND failed_at > $2`,
      [email, new Date(now.getTime() - windowMs)],
    );
    if (!row?.latest || row.n < free) return null;
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (row.n - free));
    return new Date(row.latest).getTime() + delay;
  }
}
