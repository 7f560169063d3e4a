import { passwordProblem } from '../../domain/password-rules';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Agent } from '../../domain/organisation';
import type { PasswordHasher } from '../auth/passwords';
import { emailTaken, insertAgent } from '../store/agents';
import { takeWriterLock } from '../store/writers';
import type { Database } from '../store/database';

/** A refusal meant for the operator: printed as is, exit code 1. */
export class AdminCreateError extends Error {
  override name = 'AdminCreateError';
}

export const MIN_PASSWORD_LENGTH = 12;
/** Login refuses longer passwords (LoginRequest), so such an account could never sign in. */
const MAX_PASSWORD_LENGTH = 256;

export const USAGE =
  'Usage: npm run admin:create -- --email ADDRESS --name "Full Name"  (password on stdin)';

export interface AdminArgs {
  email: string;
  name: string;
}

/** Reads --email and --name; every error names the flag at fault. */
export function parseAdminArgs(argv: readonly string[]): AdminArgs {
  let values: { email?: string | undefined; name?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { email: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new AdminCreateError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.email === undefined) throw new AdminCreateError(`--email is required.\n${USAGE}`);
  if (values.name === undefined) throw new AdminCreateError(`--name is required.\n${USAGE}`);
  const email = values.email.trim().toLowerCase();
  if (!z.email().max(254).safeParse(email).success) {
    throw new AdminCreateError(`--email: "${values.email}" is not an email address.`);
  }
  const name = values.name.trim();
  if (name.length === 0 || name.length > 120) {
    throw new AdminCreateError('--name: give the full name, 1 to 120 characters.');
  }
  return { email, name };
}

/** The first line of input, without its line ending: works piped and typed alike. */
export async function readPasswordLine(input: Readable): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
  } finally {
    lines.close();
  }
  throw new AdminCreateError('No password on standard input.');
}

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AdminCreateError(
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if ([...password].length > MAX_PASSWORD_LENGTH) {
    throw new AdminCreateError(`The password must have at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  // The same rule as an activation's (the one place it lives).
  if (passwordProblem(password) === 'tooCommon') {
    throw new AdminCreateError('This password is among the most common ones: choose another.');
  }
}

/** Creates an HR admin, the first account of a real deployment (DESIGN §8). */
export async function createAdmin(
  db: Database,
  hasher: PasswordHasher,
  args: AdminArgs & { password: string },
  today: Date = new Date(),
): Promise<Agent> {
  checkPassword(args.password);
  const passwordHash = await hasher.hash(args.password);
  return db.transaction(
    async (tx) => {
      // The server may be running: its pulls count on versions committing in order.
      await takeWriterLock(tx);
      if (await emailTaken(tx, args.email)) {
        throw new AdminCreateError(`An account already uses ${args.email}.`);
      }
      return insertAgent(tx, {
        email: args.email,
        displayName: args.name,
        roles: ['admin'],
        job: 'Administrateur·rice',
        status: 'civilServant',
        circonscriptionId: null,
        startDate: today.toISOString().slice(0, 10),
        phone: null,
        passwordHash,
      });
    },
    { isolation: 'readCommitted' },
  );
}
