import { buildApp } from './app';
import { DEMO_PASSWORD, demoLogins } from './demo/seed';
import type { FastifyBaseLogger } from 'fastify';
import { EnvError, filesDir, loadEnv, type Env } from './env';
import type { Database } from './store/database';
import { policyOf, purge } from './purge';
import { scheduleDaily } from './purge/schedule';
import { emailTaken } from './store/agents';
import { migrate } from './store/migrate';
import { advanceVersions } from './store/timeline';
import { openDatabase } from './store/open';
import { forkWorkers, isWorker } from './workers';
import { vapidKeys } from './push/keys';
import { mailTransport } from './push/email';
import { runReminderPass } from './push/pass';
import type { PushSettings } from './push/settings';

/** The reminders pass's period: a reminder waits at most this long after its cause. */
const REMINDER_PASS_MS = 5 * 60_000;

/** Push as this deployment configured it (env.ts): a subject, or no push at all. */
function pushSettings(env: Env): PushSettings {
  const publicHttps = env.PARCOURS_PUBLIC_URL?.startsWith('https://')
    ? env.PARCOURS_PUBLIC_URL
    : undefined;
  return {
    policy: { hosts: env.PUSH_SERVICE_HOSTS },
    subject: env.PARCOURS_VAPID_SUBJECT ?? publicHttps ?? null,
    timeoutMs: 10_000,
  };
}

/**
 * The entry point: configuration, storage, demo data, then listen until told to stop. With
 * WEB_CONCURRENCY > 1 this process does the once-only work, then forks the workers that
 * listen (workers.ts); a worker only opens the database and serves.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const worker = isWorker();
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PARCOURS_DATA_DIR,
  });
  const applied = worker ? [] : await migrate(database);
  if (!worker) await advanceVersions(database, new Date());
  const app = await buildApp({
    database,
    // The primary seeded before forking: a worker finds the demo there.
    demo: env.PARCOURS_DEMO && !worker,
    staticDir: env.PARCOURS_STATIC_DIR,
    filesDir: filesDir(env),
    logger: { level: env.LOG_LEVEL },
    trustProxy: env.PARCOURS_TRUST_PROXY,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    publicUrl: env.PARCOURS_PUBLIC_URL,
    activationKey: env.PARCOURS_ACTIVATION_KEY,
    push: pushSettings(env),
    reminderThresholds: env.reminderThresholds,
  });
  const log = app.log;
  const once = worker ? undefined : await startOnce(env, database, applied, log);
  const workers =
    !worker && env.WEB_CONCURRENCY > 1 ? forkWorkers(env.WEB_CONCURRENCY, log) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Finish in-flight requests first (the workers theirs), then release the database.
    await workers?.stop();
    await app.close();
    await once?.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  if (!workers) await app.listen({ port: env.PORT, host: env.HOST });
}

/** What one process does for the deployment: say what it migrated, print the demo logins,
 *  run the daily purge. */
async function startOnce(
  env: Env,
  database: Database,
  applied: string[],
  log: FastifyBaseLogger,
): Promise<{ stop(): Promise<void> }> {
  log.info({ database: database.kind, applied }, 'database migrated');
  if (env.PARCOURS_TRUST_PROXY !== 0) {
    // A count of hops is only safe when nothing but the proxies can reach this port.
    log.info({ trustProxy: env.PARCOURS_TRUST_PROXY }, 'trusting X-Forwarded-* from the proxies');
  }

  // Printed whenever the demo accounts exist, not only on the start that created them.
  const logins = demoLogins();
  if (env.PARCOURS_DEMO && logins[0] && (await emailTaken(database, logins[0].email))) {
    const lines = logins.map((l) => `  ${l.email.padEnd(40)} ${l.roles.join(', ')}`);
    log.info(`demo logins (password ${DEMO_PASSWORD}):\n${lines.join('\n')}`);
  }

  // The retention purge, daily, in this process only (README "Retention").
  const policy = policyOf(env);
  const purging = scheduleDaily(
    async () => log.info({ purged: await purge(database, new Date(), policy) }, 'retention purge'),
    { onError: (error) => log.error({ err: error }, 'retention purge failed') },
  );
  // The reminders pass (issue 17), every few minutes; its lease keeps it to one process.
  const push = { ...pushSettings(env), keys: await vapidKeys(database, new Date()) };
  if (push.subject === null)
    log.info('push notifications off: set PARCOURS_VAPID_SUBJECT (mailto: or https:) to send them');
  const mail =
    env.SMTP_URL && env.PARCOURS_MAIL_FROM
      ? {
          transport: mailTransport(env.SMTP_URL),
          from: env.PARCOURS_MAIL_FROM,
          publicUrl: env.PARCOURS_PUBLIC_URL,
        }
      : null;
  if (!mail) log.info('reminder e-mails off: set SMTP_URL and PARCOURS_MAIL_FROM to send them');
  const reminding = scheduleDaily(
    async () => {
      const result = await runReminderPass(database, push, env.reminderThresholds, new Date(), {
        mail,
      });
      if (result.notices > 0) log.info({ reminders: result }, 'reminders pass');
    },
    {
      everyMs: REMINDER_PASS_MS,
      onError: (error) => log.error({ err: error }, 'reminders pass failed'),
    },
  );
  return {
    stop: async () => {
      await Promise.all([purging.stop(), reminding.stop()]);
      mail?.transport.close();
    },
  };
}

main().catch((error: unknown) => {
  // A configuration mistake needs no stack trace; anything else does.
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
