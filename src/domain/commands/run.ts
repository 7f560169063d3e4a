import type { z } from 'zod';
import { DomainError, isDomainError } from '../errors';
import { checkAllowed, type AnyCommand, type Change, type Context } from './command';
import type { Scope } from '../permissions';
import { unstorableTextAt } from '../text';

interface Loaded {
  scope: Scope;
  target: unknown;
}

export type Outcome = { ok: true; changes: Change[] } | { ok: false; error: DomainError };

/** The first problem zod found, as a DomainError naming the field (`note`, `days`…). */
export function invalidArgs(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return new DomainError('invalid', issue?.message ?? 'invalid arguments', field);
}

/** Validates, loads, checks permission, applies. Never throws a DomainError: it returns it,
 *  so a refused mutation is a result, not an accident. Other errors (storage) do throw. */
export async function runCommand(
  command: AnyCommand,
  rawArgs: unknown,
  ctx: Context,
): Promise<Outcome> {
  // Before zod, whose messages may quote a key: text the database cannot store goes no
  // further, whatever field holds it.
  const unstorable = unstorableTextAt(rawArgs);
  if (unstorable !== undefined) {
    const message = 'this text holds a character that cannot be stored';
    return { ok: false, error: new DomainError('invalid', message, unstorable || undefined) };
  }
  const parsed = command.args.safeParse(rawArgs);
  if (!parsed.success) return { ok: false, error: invalidArgs(parsed.error) };
  try {
    const loaded: Loaded = await command.load(parsed.data, ctx);
    checkAllowed(ctx.actor, loaded.scope, command.rule, command.scopeField);
    return { ok: true, changes: command.apply(loaded.target, parsed.data, ctx) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error };
    throw error;
  }
}
