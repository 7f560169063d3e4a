import fastifyCookie from '@fastify/cookie';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createPasswordHasher, type PasswordCost, type PasswordHasher } from './auth/passwords';
import { LoginThrottle, type ThrottleLimits } from './auth/throttle';
import type { ServerContext } from './context';
import { seedBaseTemplatesIfNone } from './base-templates';
import { seedDemoContentIfNone } from './demo/content/seed';
import { seedDemoIfEmpty } from './demo/seed';
import { fileRoutes } from './files/routes';
import { installCsrfGuard } from './http/csrf';
import { frameworkErrors, installErrorHandler, overloaded } from './http/error-handler';
import { installJsonParser } from './http/json-parser';
import { installSecurityHeaders } from './http/security-headers';
import { installNotFound, installStaticFiles } from './http/static-files';
import { activationRoutes } from './routes/activation';
import { authRoutes } from './routes/auth';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/import';
import { reportRoutes } from './routes/reports';
import { defaultPushHosts } from './push/endpoint';
import { vapidKeys } from './push/keys';
import { pushRoutes } from './push/routes';
import type { PushSettings } from './push/settings';
import { defaultThresholds, type ReminderThresholds } from '../domain/reminders/thresholds';
import { syncRoutes } from './sync/routes';
import type { Database } from './store/database';
import { QuietMemory } from './sync/quiet-memory';
import { ScopeCache } from './sync/scope-cache';
import { WriteFeed } from './sync/write-feed';
import { appVersion } from './version';

export interface AppOptions {
  /** Opened and migrated (migrate()) by the caller, closed by the caller after app.close(). */
  database: Database;
  /** Seed the demo organisation if the database has no agent yet (DESIGN §8). */
  demo?: boolean;
  /** The welcome content's uploaded files (PARCOURS_FILES_DIR, src/server/files); absent,
   *  a temporary directory deleted when the app closes. */
  filesDir?: string;
  /** The built client (dist/); not served when absent or missing index.html. */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  /**
   * Trust X-Forwarded-* from the reverse proxies in front (scheme and client address): how
   * many there are (`true` is one), or their addresses and CIDR ranges. Nothing by default.
   */
  trustProxy?: boolean | number | readonly string[];
  /** Force the Secure cookie on or off; by default it follows the request's scheme. */
  cookieSecure?: boolean;
  sessionTtlHours?: number;
  now?: () => Date;
  /** Production keeps the OWASP default; tests lower it to stay fast. */
  passwordCost?: PasswordCost;
  passwordHasher?: PasswordHasher;
  throttle?: ThrottleLimits;
  /** The most changes one pull answer carries; more come in further pages (`more: true`). */
  pullPageSize?: number;
  /** The most pages one streamed pull carries; the client then asks again from its cursor. */
  pullStreamPages?: number;
  /** The deployment's public address (PARCOURS_PUBLIC_URL), for absolute activation links. */
  publicUrl?: string;
  /** PARCOURS_ACTIVATION_KEY: the activation codes' HMAC key instead of the database's own. */
  activationKey?: string;
  /** When the process counts as overloaded (503 with Retry-After); tests tighten it. */
  overload?: { maxEventLoopDelayMs: number; sampleIntervalMs: number };
  /** Web Push (PUSH_SERVICE_HOSTS, PARCOURS_VAPID_SUBJECT): by default the major browsers'
   *  services, and no subject, so nothing is sent until a deployment names one. */
  push?: Partial<PushSettings>;
  /** REMINDER_*: the days after which each reminder rule fires. */
  reminderThresholds?: ReminderThresholds;
}

/** How long a push service may take to answer before the pass moves on. */
const PUSH_TIMEOUT_MS = 10_000;

/** A second of event-loop delay: every request already waits that long behind the others,
 *  and taking more would only lengthen the queue until clients time out. */
const OVERLOAD = { maxEventLoopDelayMs: 1000, sampleIntervalMs: 1000 };

/** 1 MiB: far above any legitimate body (a sync push batches small mutations). */
export const BODY_LIMIT = 1_048_576;

/**
 * Fastify's own `true` believes every X-Forwarded-For entry, so a client could name its own
 * address, and Fastify 5 believes none for a number; a hop count becomes a function instead.
 * Hop 0 is the socket's peer, then X-Forwarded-For from the right: with one proxy,
 * request.ip is the address that proxy appended, whatever the client wrote before it.
 * Counting hops assumes the server is reachable only through the proxies; naming them
 * (a list of addresses) does not.
 */
function proxyTrust(setting: AppOptions['trustProxy'] = false): FastifyServerOptions['trustProxy'] {
  if (typeof setting === 'object') return setting.length > 0 ? [...setting] : false;
  const hops = Number(setting); // true is one proxy, false none
  if (!Number.isInteger(hops) || hops < 0) {
    throw new RangeError(`trustProxy: ${String(setting)} is not a number of proxy hops`);
  }
  return hops > 0 ? (_address: string, hop: number) => hop < hops : false;
}

/** Builds the HTTP app without listening, so tests drive it with app.inject (DESIGN §9). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: proxyTrust(options.trustProxy),
    bodyLimit: BODY_LIMIT,
    // Request ids come from the server only; a client-chosen one could forge log lines.
    requestIdHeader: false,
    frameworkErrors,
  });
  const sessionTtlHours = options.sessionTtlHours ?? 720;
  // Started last, once nothing can fail: it holds a connection of its own on PostgreSQL.
  const writes = new WriteFeed();
  const ctx: ServerContext = {
    db: options.database,
    hasher: options.passwordHasher ?? createPasswordHasher(options.passwordCost),
    throttle: new LoginThrottle(options.database, options.throttle),
    cookie: { secure: options.cookieSecure ?? 'auto', maxAgeSeconds: sessionTtlHours * 3600 },
    sessionTtlMs: sessionTtlHours * 3_600_000,
    now: options.now ?? (() => new Date()),
    version: appVersion,
    pullPageSize: options.pullPageSize ?? 5000,
    pullStreamPages: options.pullStreamPages ?? 20,
    scopes: new ScopeCache(),
    writes,
    quiet: new QuietMemory(writes),
  };

  if (options.demo && (await seedDemoIfEmpty(ctx.db, ctx.hasher, ctx.now()))) {
    app.log.info('demo organisation created');
  }
  // Demo or not, a deployment starts with the shipped templates (after the demo's, which
  // are the same rows).
  if (await seedBaseTemplatesIfNone(ctx.db)) app.log.info('shipped templates created');

  installErrorHandler(app);
  installSecurityHeaders(app);
  installCsrfGuard(app);
  installJsonParser(app);
  await app.register(fastifyCookie);
  // Not by default on PGlite: its queries run on this event loop, so a lag there is one long
  // query, not a queue of requests (and an embedded database serves a demo, not a département).
  const overload =
    options.overload ?? (options.database.kind === 'postgresql' ? OVERLOAD : undefined);
  if (overload) {
    await app.register(underPressure, {
      maxEventLoopDelay: overload.maxEventLoopDelayMs,
      sampleInterval: overload.sampleIntervalMs,
      // Our error body and Retry-After, and through the security headers like any answer.
      pressureHandler: (_request, reply) => {
        const error = overloaded();
        void reply.code(error.statusCode).headers(error.headers).send(error.toBody());
      },
    });
  }

  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  activationRoutes(app, ctx, { publicUrl: options.publicUrl, key: options.activationKey });
  syncRoutes(app, ctx);
  importRoutes(app, ctx);
  reportRoutes(app, ctx);
  exportRoutes(app, ctx);
  const files = await fileRoutes(app, ctx, options.filesDir);
  if (options.demo && (await seedDemoContentIfNone(ctx.db, files, ctx.now()))) {
    app.log.info('demo welcome content created');
  }
  pushRoutes(
    app,
    ctx,
    {
      policy: options.push?.policy ?? { hosts: defaultPushHosts },
      subject: options.push?.subject ?? null,
      timeoutMs: options.push?.timeoutMs ?? PUSH_TIMEOUT_MS,
      // Drawn on the first start and kept in the database (keys.ts).
      keys: await vapidKeys(ctx.db, ctx.now()),
    },
    options.reminderThresholds ?? defaultThresholds,
  );

  const shell = options.staticDir ? await installStaticFiles(app, options.staticDir) : false;
  installNotFound(app, shell);
  await writes.start(ctx.db);
  app.addHook('onClose', () => writes.close());
  return app;
}
