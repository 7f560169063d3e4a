import { availableParallelism } from 'node:os';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { thresholdsFrom, type ReminderThresholds } from '../domain/reminders/thresholds';
import { defaultPushHosts, isHostSuffix } from './push/endpoint';

/** "0"/"false"/"no"/"off" are off, "1"/"true"/"yes"/"on" are on; anything else is an error. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['0', '1', 'false', 'true', 'no', 'yes', 'off', 'on']))
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/** Ranges @fastify/proxy-addr knows by name. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_PROXY_HOPS = 10;

/** An IPv4 netmask such as 255.255.255.0: ones then zeros, at least one one. */
function isNetmask(value: string): boolean {
  if (isIP(value) !== 4) return false;
  const bits = value.split('.').map((octet) => Number(octet).toString(2).padStart(8, '0'));
  return /^1+0*$/.test(bits.join(''));
}

/** One proxy as @fastify/proxy-addr reads it: address, address/prefix, IPv4/netmask or range name. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.includes(entry.toLowerCase())) return true;
  const slash = entry.lastIndexOf('/');
  if (slash === -1) return isIP(entry) !== 0;
  const version = isIP(entry.slice(0, slash));
  const range = entry.slice(slash + 1);
  if (version === 0) return false;
  if (!/^\d{1,3}$/.test(range)) return version === 4 && isNetmask(range);
  return Number(range) >= 1 && Number(range) <= (version === 4 ? 32 : 128);
}

/**
 * Which X-Forwarded-* hops to believe: a number of proxy hops (0: none, and a flag's "on"
 * means 1), or the proxies' own addresses and CIDR ranges, comma-separated.
 */
const proxyTrust = z
  .string()
  .trim()
  .transform((value, ctx): number | string[] => {
    const lower = value.toLowerCase();
    if (['0', 'false', 'no', 'off'].includes(lower)) return 0;
    if (['true', 'yes', 'on'].includes(lower)) return 1;
    if (/^\d+$/.test(value)) {
      if (Number(value) <= MAX_PROXY_HOPS) return Number(value);
    } else {
      const entries = value.split(',').map((entry) => entry.trim());
      if (entries.every(isProxyAddress)) {
        return entries.map((entry) =>
          NAMED_RANGES.includes(entry.toLowerCase()) ? entry.toLowerCase() : entry,
        );
      }
    }
    ctx.addIssue({
      code: 'custom',
      message: `must be 0 (trust no proxy), the number of proxies in front (1 to ${MAX_PROXY_HOPS}), or their addresses or CIDR ranges, comma-separated`,
    });
    return z.NEVER;
  });

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgres:// URL');

/** Empty strings count as unset, as shells and compose files often export them that way. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const EnvSchema = z
  .object({
    PORT: optional(z.coerce.number().int().min(0).max(65535)).default(8080),
    HOST: optional(z.string().min(1)).default('0.0.0.0'),
    DATABASE_URL: optional(postgresUrl),
    /** PGlite's directory; `memory://` keeps everything in memory. Unused with DATABASE_URL. */
    PARCOURS_DATA_DIR: optional(z.string().min(1)).default('./data'),
    /**
     * Where the welcome content's uploaded files live (videos, images, PDFs, captions).
     * Unset, `files` inside PARCOURS_DATA_DIR, or a temporary directory gone with the
     * process when the database is in memory (filesDir below). Every process serving the
     * API must see the same directory.
     */
    PARCOURS_FILES_DIR: optional(z.string().min(1)),
    /** Seeds the demo organisation into an empty database. A real deployment sets 0. */
    PARCOURS_DEMO: optional(flag).default(true),
    PARCOURS_STATIC_DIR: optional(z.string().min(1)).default('./dist'),
    /**
     * Field workers spend days offline with the app holding their changes; a session that
     * lapsed meanwhile would make them log in again before anything syncs, so sessions last
     * 30 days. Sessions are revocable server-side (logout, disabled account) at any time.
     */
    SESSION_TTL_HOURS: optional(
      z.coerce
        .number()
        .positive()
        .max(24 * 365),
    ).default(720),
    LOG_LEVEL: optional(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    ).default('info'),
    /**
     * Behind a TLS-terminating reverse proxy, trust its X-Forwarded-* headers so the server
     * knows the request was HTTPS (Secure cookie, HSTS) and who the client is (throttle):
     * either the number of proxies in front, or their addresses. Only the hops named are
     * believed, so a client cannot choose its address by sending X-Forwarded-For itself.
     */
    PARCOURS_TRUST_PROXY: optional(proxyTrust).default(0),
    /**
     * The address people open the app at (https://parcours.example.fr), for the activation
     * links printed as QR codes. Unset, the server answers a path that the browser completes
     * with its own origin: never an address built from a request's Host header.
     */
    PARCOURS_PUBLIC_URL: optional(
      z
        .url({ protocol: /^https?$/ })
        .refine((value) => !/[?#]/.test(value), 'must have no query nor fragment')
        .transform((value) => value.replace(/\/+$/, '')),
    ),
    /** The activation codes' HMAC key; unset, the database keeps one it drew itself. */
    PARCOURS_ACTIVATION_KEY: optional(z.string().min(32, 'must have at least 32 characters')),
    /**
     * The retention purge (src/server/purge, README "Retention"): how long each kind of data is
     * kept. Failed logins at least a day: the throttle's longest window counts them. Refusals
     * at most 60 days: a push forgets them then anyway (sync/rejections.ts).
     */
    PARCOURS_RETENTION_THROTTLE_HOURS: optional(
      z.coerce
        .number()
        .int()
        .min(24)
        .max(24 * 90),
    ).default(24),
    PARCOURS_RETENTION_REJECTIONS_DAYS: optional(z.coerce.number().int().min(1).max(60)).default(
      60,
    ),
    PARCOURS_RETENTION_MEETING_NOTES_MONTHS: optional(
      z.coerce.number().int().min(1).max(120),
    ).default(12),
    PARCOURS_RETENTION_LEAVER_MONTHS: optional(z.coerce.number().int().min(1).max(120)).default(24),
    /**
     * The push services a browser's subscription may name (issue 17), as host suffixes,
     * comma-separated: the server sends to no other host (src/server/push/endpoint.ts).
     */
    PUSH_SERVICE_HOSTS: optional(
      z
        .string()
        .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()))
        .refine((hosts) => hosts.every(isHostSuffix), {
          error: 'must be host names (fcm.googleapis.com,push.apple.com…), comma-separated',
        }),
    ).default([...defaultPushHosts]),
    /**
     * Who the push services may contact about this deployment's pushes (VAPID subject): a
     * mailto: or https: address (Apple refuses any other). Unset, PARCOURS_PUBLIC_URL when it
     * is https; neither, and no push is sent (said at start-up).
     */
    PARCOURS_VAPID_SUBJECT: optional(
      z
        .string()
        .trim()
        .refine(
          (value) =>
            /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) || /^https:\/\/[^\s/]+/.test(value),
          'must be a mailto: or https: address',
        ),
    ),
    /**
     * The deployment's mail server for the daily digest of reminders (issue 17):
     * smtp://user:password@host:587 or smtps://…:465. Unset, no e-mail is sent (said at
     * start-up).
     */
    SMTP_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => /^smtps?:\/\/[^\s/]+/.test(value), 'must be an smtp:// or smtps:// URL'),
    ),
    /** Who the digest comes from: an address, or a name and an address ("Parcours <rh@…>"). */
    PARCOURS_MAIL_FROM: optional(
      z
        .string()
        .trim()
        .refine(
          (value) => /^([^<>]+<)?[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>?$/.test(value),
          'must be an e-mail address, or a name and <address>',
        ),
    ),
    /** How many processes serve the API (src/server/workers.ts); more than one needs
     *  PostgreSQL, and more than four a core only queue for the same cores. */
    WEB_CONCURRENCY: optional(
      z.coerce
        .number({ error: 'must be a whole number of processes' })
        .int('must be a whole number of processes')
        .min(1, 'must be at least 1')
        .refine((n) => n <= maxWorkers(), {
          error: `is more than this machine's ${availableParallelism()} cores can serve (at most ${maxWorkers()})`,
        }),
    ).default(1),
  })
  .superRefine((env, context) => {
    if (env.SMTP_URL !== undefined && env.PARCOURS_MAIL_FROM === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['PARCOURS_MAIL_FROM'],
        message: 'is needed with SMTP_URL: the address the reminder e-mails come from',
      });
    }
    if (env.WEB_CONCURRENCY > 1 && env.DATABASE_URL === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['WEB_CONCURRENCY'],
        message:
          'several processes need PostgreSQL: set DATABASE_URL (the embedded PGlite lives inside one process)',
      });
    }
  });
export type Env = z.infer<typeof EnvSchema> & {
  /** REMINDER_* (src/domain/reminders/thresholds.ts): the days after which each rule fires. */
  reminderThresholds: ReminderThresholds;
};

/** The uploaded files' directory (PARCOURS_FILES_DIR): the files sit beside the database
 *  they belong to, which a backup of the data directory then takes along. A database in
 *  memory forgets the items that name them at exit: undefined, the app keeps its files in a
 *  temporary directory it removes when it closes (src/server/files/routes.ts). */
export function filesDir(
  env: Pick<Env, 'PARCOURS_FILES_DIR' | 'PARCOURS_DATA_DIR'>,
): string | undefined {
  if (env.PARCOURS_FILES_DIR !== undefined) return env.PARCOURS_FILES_DIR;
  if (env.PARCOURS_DATA_DIR === 'memory://') return undefined;
  return path.join(env.PARCOURS_DATA_DIR, 'files');
}

/** Four processes a core: beyond, they wait for the same CPUs and only add memory. */
function maxWorkers(): number {
  return 4 * availableParallelism();
}

/** A configuration mistake: its message names the variables and is all the operator needs. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** Reads the configuration, or throws one message naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  const thresholds = thresholdsFrom(source);
  const problems = result.success
    ? []
    : result.error.issues.map(
        (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
      );
  if (!thresholds.ok) problems.push(`${thresholds.variable}: ${thresholds.message}`);
  if (result.success && thresholds.ok)
    return { ...result.data, reminderThresholds: thresholds.value };
  throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
}
