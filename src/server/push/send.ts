import webpush from 'web-push';
import type { PushPayload } from '../../domain/push';
import { endpointProblem } from './endpoint';
import type { PushRuntime } from './settings';

export interface Subscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What a push service said: delivered (or queued), gone for good (404/410: the browser
 *  unsubscribed; the subscription is deleted), to try again later (no answer, 429, 5xx), or
 *  refused for a reason retrying would not change (logged). */
export type PushOutcome = 'sent' | 'gone' | 'retry' | 'refused';

/** A push lives this long at the push service: a reminder not delivered by the evening is
 *  stale, and the next day's pass sends what still holds. */
export const PUSH_TTL_SECONDS = 4 * 3600;

/**
 * Sends one encrypted push (RFC 8291, aes128gcm) signed with the deployment's VAPID key
 * (RFC 8292). web-push builds the request; it is sent here with fetch, so that the wait is
 * bounded, a redirect is never followed (it could lead anywhere), and the endpoint is checked
 * against the allow-list again at the moment of sending.
 */
export async function sendPush(
  push: PushRuntime & { subject: string },
  subscription: Subscription,
  payload: PushPayload,
): Promise<PushOutcome> {
  if (endpointProblem(subscription.endpoint, push.policy)) return 'gone';
  const request = webpush.generateRequestDetails(
    {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: push.subject, ...push.keys },
      TTL: PUSH_TTL_SECONDS,
      // One topic per rule: a newer notice replaces one the service still holds.
      topic: payload.tag,
      urgency: 'normal',
    },
  );
  let status: number;
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(push.timeoutMs),
    });
    status = response.status;
    await response.body?.cancel();
  } catch {
    return 'retry'; // no answer in time, or no connection
  }
  if (status >= 200 && status < 300) return 'sent';
  if (status === 404 || status === 410) return 'gone';
  if (status === 429 || status >= 500) return 'retry';
  return 'refused';
}
