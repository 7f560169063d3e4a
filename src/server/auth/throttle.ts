import type { Queryable } from '../store/database';

export interface ThrottleLimits {
  windowMs: number;
  /** Failures allowed per account in the window; the next attempt is refused. */
  perAccount: number;
  /** Failures allowed per client address in the window (one address, many accounts). */
  perIp: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perAccount: 5, perIp: 20 };

/**
 * Counts failed logins in the database so that every server process sees the same tally.
 * Two racing attempts may both pass the check; the overshoot is one or two guesses, which
 * does not matter against argon2id-hashed passwords.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Queryable,
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
  ) {}

  /** Seconds until an attempt would be allowed again, or 0 when it is allowed now. */
  async retryAfter(email: string, ip: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - this.limits.windowMs);
    const [byAccount, byIp] = await Promise.all([
      this.blockedUntil('email', email, this.limits.perAccount, since),
      this.blockedUntil('ip', ip, this.limits.perIp, since),
    ]);
    const until = Math.max(byAccount ?? 0, byIp ?? 0);
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  async recordFailure(email: string, ip: string, now: Date): Promise<void> {
    await this.db.query('INSERT INTO login_failures (email, ip, failed_at) VALUES ($1, $2, $3)', [
      email,
      ip,
      now,
    ]);
    // Old rows serve nothing; dropping them here keeps the table at one window's size.
    await this.db.query('DELETE FROM login_failures WHERE failed_at < $1', [
      new Date(now.getTime() - this.limits.windowMs),
    ]);
  }

  /** A successful login forgives the account's failures (not the address's). */
  async forgive(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }

  /**
   * When `limit` failures are in the window, the key is blocked until the oldest of the
   * most recent `limit` leaves it. Returns that instant in ms, or null when not blocked.
   */
  private async blockedUntil(
    column: 'email' | 'ip',
    key: string,
    limit: number,
    since: Date,
  ): Promise<number | null> {
    const rows = await this.db.query<{ failed_at: Date | string }>(
      `SELECT failed_at FROM login_failures WHERE ${column} = $1 AND failed_at > $2
        ORDER BY failed_at DESC LIMIT $3`,
      [key, since, limit],
    );
    if (rows.length < limit) return null;
    const oldest = rows[rows.length - 1]!;
    return new Date(oldest.failed_at).getTime() + this.limits.windowMs;
  }
}
