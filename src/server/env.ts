import { z } from 'zod';

/** "0"/"false"/"no"/"off" are off, "1"/"true"/"yes"/"on" are on; anything else is an error. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['0', '1', 'false', 'true', 'no', 'yes', 'off', 'on']))
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgres:// URL');

/** Empty strings count as unset, as shells and compose files often export them that way. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const EnvSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(8080),
  HOST: optional(z.string().min(1)).default('0.0.0.0'),
  DATABASE_URL: optional(postgresUrl),
  /** PGlite's directory; `memory://` keeps everything in memory. Unused with DATABASE_URL. */
  PARCOURS_DATA_DIR: optional(z.string().min(1)).default('./data'),
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
   * knows the request was HTTPS (Secure cookie, HSTS) and who the client is (throttle).
   */
  PARCOURS_TRUST_PROXY: optional(flag).default(false),
});
export type Env = z.infer<typeof EnvSchema>;

/** A configuration mistake: its message names the variables and is all the operator needs. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** Reads the configuration, or throws one message naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
}
