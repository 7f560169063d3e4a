import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findHeading, openAsRecruit } from './recruit-fixture';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { renderApp } from './render-app';

const subscriptionJson = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  expirationTime: null,
  keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
};

/** A browser with Web Push: a service worker whose push manager subscribes, and a
 *  Notification permission the test chooses. */
function browserWithPush(permission: 'default' | 'granted' | 'denied') {
  const unsubscribe = vi.fn(() => Promise.resolve(true));
  let current: object | null = null;
  const pushManager = {
    getSubscription: vi.fn(() => Promise.resolve(current)),
    subscribe: vi.fn(() => {
      current = { ...subscriptionJson, toJSON: () => subscriptionJson, unsubscribe };
      return Promise.resolve(current);
    }),
  };
  vi.stubGlobal('PushManager', function PushManager() {});
  const requestPermission = vi.fn((): Promise<string> =>
    Promise.resolve(permission === 'default' ? 'granted' : permission),
  );
  vi.stubGlobal('Notification', { permission, requestPermission });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve({ pushManager }), controller: null },
  });
  return { pushManager, unsubscribe, requestPermission };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('notifications on this device', () => {
  it('says once, in plain words, that this browser cannot notify, and then no more', async () => {
    const { user } = await openAsRecruit('/rappels');
    await findHeading('Rappels');
    expect(await screen.findByText(/Ce navigateur ne reçoit pas de notifications/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'J’ai compris' }));
    await waitFor(() =>
      expect(screen.queryByText(/Ce navigateur ne reçoit pas de notifications/)).toBeNull(),
    );
  });

  it('asks for permission only when she presses the button, then gives the server the subscription', async () => {
    const { pushManager, requestPermission } = browserWithPush('default');
    const { user, db } = await openAsRecruit('/rappels');
    const requests = stubNetwork({
      'GET /api/auth/me': () => json(200, agents.recruit),
      'GET /api/push/key': () => json(200, { publicKey: 'BPubKey' }),
      'POST /api/push/subscriptions': (init) => {
        expect(JSON.parse(init?.body as string)).toEqual(subscriptionJson);
        return json(201, { endpoint: subscriptionJson.endpoint });
      },
      'DELETE /api/push/subscriptions': () => new Response(null, { status: 204 }),
    });
    const enable = await screen.findByRole('button', { name: 'Activer les notifications' });
    expect(requestPermission).not.toHaveBeenCalled();
    await user.click(enable);
    expect(
      await screen.findByText('Les notifications sont activées sur cet appareil.'),
    ).toBeTruthy();
    expect(pushManager.subscribe).toHaveBeenCalledWith({
      userVisibleOnly: true,
      applicationServerKey: 'BPubKey',
    });
    expect(requests).toContain('POST /api/push/subscriptions');
    expect((await db.meta.get('pushOptIn'))?.value).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Désactiver les notifications' }));
    expect(await screen.findByText(/Les notifications sont désactivées/)).toBeTruthy();
    expect(requests).toContain('DELETE /api/push/subscriptions');
  });

  it('turns the daily e-mail off and on, online; offline it says the setting needs a connection', async () => {
    const { user } = await openAsRecruit('/rappels');
    let enabled = true;
    stubNetwork({
      'GET /api/auth/me': () => json(200, agents.recruit),
      'GET /api/reminders/email': () => json(200, { enabled }),
      'PUT /api/reminders/email': (init) => {
        enabled = (JSON.parse(init?.body as string) as { enabled: boolean }).enabled;
        return json(200, { enabled });
      },
    });
    cleanup();
    await renderApp('/rappels');
    await user.click(
      await screen.findByRole('button', { name: 'Ne plus recevoir les e-mails de rappel' }),
    );
    expect(
      await screen.findByText('Vous ne recevez pas de récapitulatif par e-mail.'),
    ).toBeTruthy();
    expect(enabled).toBe(false);
    stubNetwork();
    cleanup();
    await renderApp('/rappels');
    expect(await screen.findByText('Ce réglage se change avec une connexion.')).toBeTruthy();
  });

  it('says what to do when she refused notifications in the browser', async () => {
    browserWithPush('denied');
    await openAsRecruit('/rappels');
    expect(await screen.findByText(/Les notifications sont bloquées pour Parcours/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Activer les notifications' })).toBeNull();
  });
});
