import type { Role } from './organisation';
import { may, type Actor, type Rule, type Scope } from './permissions';

/**
 * Activation codes (issue 14, item 3): how a recruit chooses her own password on her phone.
 * Someone reads the code aloud, copies it from a sheet or scans it, so its alphabet leaves
 * out the characters people confuse: 0/O, 1/I/L, and one of each of 2/Z, 5/S, 8/B, 6/G, U/V.
 * 26 symbols × 10 characters is 47 bits, above the 40 asked, from the platform's CSPRNG.
 */
export const CODE_ALPHABET = '23456789ACDEFHJKMNPQRTVWXY';
export const CODE_LENGTH = 10;
/** Shown as 4-4-2: `7KQM-X3PD-RW`, short groups being easier to read aloud and to type. */
const GROUPS = [4, 4, 2] as const;

/** How long a code stays valid: a week leaves time to post or hand over the welcome sheet. */
export const ACTIVATION_VALIDITY_DAYS = 7;

/** The app's page that carries the code, in its fragment so no server log records it. */
export const ACTIVATION_PATH = '/activer';

/**
 * A new code, in its bare form (no dashes). `randomBytes` is the platform's CSPRNG (node's
 * crypto.randomBytes on the server): the domain imports no platform. Bytes at or above the
 * largest multiple of the alphabet's size are dropped, so every symbol is equally likely.
 */
export function newActivationCode(randomBytes: (size: number) => Uint8Array): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of randomBytes(CODE_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_LENGTH)
        code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** The bare code in groups, as shown and printed: `7KQMX3PDRW` → `7KQM-X3PD-RW`. */
export function formatCode(code: string): string {
  const groups: string[] = [];
  let start = 0;
  for (const size of GROUPS) {
    groups.push(code.slice(start, start + size));
    start += size;
  }
  return groups.filter((group) => group !== '').join('-');
}

/** Lookalikes left out of the alphabet, read as the symbol kept in their place. */
const LOOKALIKES: Readonly<Record<string, string>> = { Z: '2', S: '5', B: '8', G: '6', U: 'V' };

/**
 * The bare code from what she typed or what a link carried: case, spaces, dashes and dots
 * do not matter, and a left-out lookalike counts as its twin. Anything else stays, so a
 * wrong character is refused rather than guessed.
 */
export function normaliseCode(typed: string): string {
  return [...typed.toUpperCase().replace(/[\s\-.·_]/g, '')]
    .map((char) => LOOKALIKES[char] ?? char)
    .join('');
}

/** Whether a normalised code has the shape of one this app hands out. */
export function isActivationCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((char) => CODE_ALPHABET.includes(char));
}

/**
 * Who may ask for an agent's code (DESIGN §7): the HR admin for anyone, a manager for the
 * agents of her circonscriptions, a territory manager for her territory's.
 */
export const activationRule: Rule = { allow: ['circonscription', 'territory', 'all'] };

/**
 * The scope of an agent above circonscriptions (HR, territory managers): no manager's
 * circonscription nor territory holds her, so only the HR admin reaches her.
 */
export const scopeAbove = (agentId: string): Scope => ({
  recruitId: agentId,
  mentorId: null,
  circonscriptionId: '',
  territoryId: '',
});

export type ActivationPermission = 'allowed' | 'outOfScope' | 'rolesBeyondRecruit';

/**
 * Whether the actor may ask for this agent's code. Using a code sets the account's password,
 * so whoever asks for it could sign in as its owner: a manager or territory manager does so
 * only for recruits, as she creates only recruits (DESIGN §7, `agent.create`). An agent with
 * more roles (a mentor reads her mentees' meeting notes, which her manager may not) asks HR.
 * `outOfScope` is for the server to answer as if the agent did not exist.
 */
export function activationPermission(
  actor: Actor,
  scope: Scope,
  agentRoles: readonly Role[],
): ActivationPermission {
  if (!may(actor, scope, activationRule)) return 'outOfScope';
  if (actor.roles.includes('admin')) return 'allowed';
  return agentRoles.every((role) => role === 'recruit') ? 'allowed' : 'rolesBeyondRecruit';
}

/** Whether these roles may ask for any code at all: the others are refused outright. */
export const mayAskForCodes = (roles: readonly Role[]): boolean =>
  roles.some((role) => role === 'admin' || role === 'manager' || role === 'territoryManager');

/**
 * The page a code opens (the code bare or grouped). With the deployment's public address, an absolute URL; otherwise
 * a path the client resolves against its own origin. Never the request's Host header,
 * which a client chooses.
 */
export function activationUrl(code: string, publicUrl?: string): string {
  const base = publicUrl ? publicUrl.replace(/\/+$/, '') : '';
  return `${base}${ACTIVATION_PATH}#code=${encodeURIComponent(formatCode(normaliseCode(code)))}`;
}

/** The code a link carried in its fragment (`#code=7KQM-X3PD-RW`), or '' when none. */
export function codeFromFragment(hash: string): string {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('code');
  return value ? normaliseCode(value) : '';
}
