import { z } from 'zod';

/** How many bytes a base64url text (padded or not) decodes to; NaN when it is not one. */
export function base64urlBytes(text: string): number {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return Number.NaN;
  const bare = text.replace(/=+$/, '');
  if (bare.length % 4 === 1) return Number.NaN;
  return Math.floor((bare.length * 3) / 4);
}

const key = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .refine((text) => base64urlBytes(text) === bytes, `must be ${what}: ${bytes} bytes, base64url`);

/**
 * A browser's PushSubscription as its toJSON() gives it (issue 17, DESIGN §7b): the push
 * service's address and the keys that encrypt for this browser alone (RFC 8291): the
 * P-256 public key, uncompressed (65 bytes), and the 16-byte authentication secret. Which
 * addresses the server accepts is the deployment's (PUSH_SERVICE_HOSTS, the server checks).
 */
export const PushSubscriptionBody = z.strictObject({
  endpoint: z.string().min(1).max(1024),
  expirationTime: z.number().int().min(0).nullable().optional(),
  keys: z.strictObject({
    p256dh: key(65, 'an uncompressed P-256 public key'),
    auth: key(16, 'an authentication secret'),
  }),
});
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;

export const PushUnsubscribeBody = z.strictObject({ endpoint: z.string().min(1).max(1024) });

export const PushKeyResponse = z.strictObject({ publicKey: z.string() });

/** What a push carries to the service worker: no one's name but the recipient's own
 *  (there is none: a count and a rule), and the screen a tap opens. */
export const PushPayload = z.strictObject({
  title: z.string().max(100),
  body: z.string().max(200),
  /** A path of the app ("/rappels"), never an address. */
  url: z.string().regex(/^\/[^/]/, 'must be a path of the app'),
  /** The rule: a newer notice of the same rule replaces the one shown. */
  tag: z.string().max(32),
});
export type PushPayload = z.infer<typeof PushPayload>;

/** Whether she gets the daily digest of her reminders by e-mail. */
export const EmailPreference = z.strictObject({ enabled: z.boolean() });
