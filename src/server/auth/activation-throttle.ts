import type { LoginAttempt } from './throttle';

/**
 * An activation attempt, for the login throttle (throttle.ts): failures count per client
 * address, as a pair with a key of that address alone, and towards the address's limit
 * shared with logins. Not per account, since a wrong code names none; and not under one key
 * for every activation, whose growing delay anyone could then keep at its maximum and hold
 * every recruit back. The code's 47 bits do the rest: at five guesses an address per quarter
 * of an hour, a thousand addresses would need centuries to hit one of a thousand live codes.
 * No device cookie applies: one proves a past sign-in to an account, and she has none yet.
 */
export function activationAttempt(ip: string): LoginAttempt {
  return { email: `activation:${ip}`, ip, device: null };
}
