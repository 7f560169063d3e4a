import type { PasswordHasher } from './auth/passwords';
import type { CookiePolicy } from './auth/session-cookie';
import type { LoginThrottle } from './auth/throttle';
import type { Database } from './store/database';
import type { QuietMemory } from './sync/quiet-memory';
import type { ScopeCache } from './sync/scope-cache';
import type { WriteFeed } from './sync/write-feed';

/** What the routes share, built once by buildApp(). */
export interface ServerContext {
  db: Database;
  hasher: PasswordHasher;
  throttle: LoginThrottle;
  cookie: CookiePolicy;
  sessionTtlMs: number;
  /** The clock, injectable so tests can expire sessions and throttle windows. */
  now: () => Date;
  version: string;
  /** The most changes one pull answer carries. */
  pullPageSize: number;
  /** The most pages one streamed pull carries before the client must ask again. */
  pullStreamPages: number;
  /** Each agent's pull scope while nothing that defines it changed (scope-cache.ts). */
  scopes: ScopeCache;
  /** The writes heard of, from every process (write-feed.ts). */
  writes: WriteFeed;
  /** Each client's last quiet pull, while no write touched its scope (quiet-memory.ts). */
  quiet: QuietMemory;
}
