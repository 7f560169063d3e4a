import type { PasswordHasher } from './auth/passwords';
import type { CookiePolicy } from './auth/session-cookie';
import type { LoginThrottle } from './auth/throttle';
import type { Database } from './store/database';
import type { ScopeCache } from './sync/scope-cache';

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
}
