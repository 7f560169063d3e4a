import type { UserDb } from '../../db';
import { PushKeyResponse } from '../../domain/push';

/** Where the device remembers that its person chose notifications here (her database: a
 *  logout wipes it, so the next person on this phone is never subscribed without asking). */
const optInKey = 'pushOptIn';

/** What this browser can do about push. */
export type PushSupport =
  /** No Web Push here. */
  | 'unsupported'
  /** An iPhone or iPad's Safari outside an app installed on the home screen: push only
   *  works from the installed app. */
  | 'installFirst'
  /** She refused notifications in the browser: only its settings can undo it. */
  | 'denied'
  | 'available';

export function pushSupport(): PushSupport {
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent);
  const standalone =
    window.matchMedia?.('(display-mode: standalone)').matches ||
    (navigator as { standalone?: boolean }).standalone === true;
  if (ios && !standalone) return 'installFirst';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'unsupported';
  return Notification.permission === 'denied' ? 'denied' : 'available';
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

export async function isSubscribed(db: UserDb): Promise<boolean> {
  if (pushSupport() !== 'available' || Notification.permission !== 'granted') return false;
  const [optIn, subscription] = await Promise.all([db.meta.get(optInKey), currentSubscription()]);
  return optIn?.value === true && subscription !== null;
}

const send = (method: 'POST' | 'DELETE', body: unknown) =>
  fetch('/api/push/subscriptions', {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/**
 * Turns notifications on for this device, at her request only (never on first load): asks
 * the browser's permission, subscribes with the server's VAPID key and gives the server the
 * subscription. Returns false when she refused or the network failed.
 */
export async function subscribe(db: UserDb): Promise<boolean> {
  if ((await Notification.requestPermission()) !== 'granted') return false;
  const answer = await fetch('/api/push/key', { credentials: 'same-origin' });
  if (!answer.ok) return false;
  const { publicKey } = PushKeyResponse.parse(await answer.json());
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: publicKey,
    }));
  if (!(await send('POST', subscription.toJSON())).ok) return false;
  await db.meta.put({ key: optInKey, value: true });
  return true;
}

export async function unsubscribe(db: UserDb): Promise<void> {
  await db.meta.put({ key: optInKey, value: false });
  const subscription = await currentSubscription();
  if (!subscription) return;
  await send('DELETE', { endpoint: subscription.endpoint }).catch(() => undefined);
  await subscription.unsubscribe();
}

/** At each start: the subscription again, if she chose it here (the server may have lost
 *  it to a logout elsewhere or a push service's renewal). Silent: failing changes nothing. */
export async function resendSubscription(db: UserDb): Promise<void> {
  try {
    if (!(await isSubscribed(db))) return;
    const subscription = await currentSubscription();
    if (subscription) await send('POST', subscription.toJSON());
  } catch {
    // Offline or no worker yet: the next start tries again.
  }
}
