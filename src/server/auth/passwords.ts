import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export interface PasswordCost {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over that memory. */
  timeCost: number;
}

/**
 * OWASP's argon2id minimum (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane.
 * Tests may pass a cheaper cost; production never does.
 */
export const OWASP_COST: PasswordCost = { memoryCost: 19456, timeCost: 2 };

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a malformed stored hash alike. */
  verify(storedHash: string, password: string): Promise<boolean>;
  /**
   * Spends the time a real verification would, for accounts that do not exist or cannot
   * sign in, so response time does not reveal which emails have accounts.
   */
  verifyDummy(password: string): Promise<void>;
}

/** argon2id: @node-rs/argon2's default algorithm, so the PHC string starts `$argon2id$`. */
export function createPasswordHasher(cost: PasswordCost = OWASP_COST): PasswordHasher {
  const options = { ...cost, parallelism: 1 };
  let dummy: Promise<string> | undefined;
  const hasher: PasswordHasher = {
    hash: (password) => hash(password, options),
    async verify(storedHash, password) {
      try {
        return await verify(storedHash, password);
      } catch {
        return false;
      }
    },
    async verifyDummy(password) {
      dummy ??= hash(randomBytes(16).toString('base64url'), options);
      await hasher.verify(await dummy, password);
    },
  };
  return hasher;
}
