/* Parcours — what the service worker does with a push (issue 17). The generated worker
 * (vite-plugin-pwa, generateSW) imports this file; it is plain JavaScript because the
 * worker loads it as it is, unbundled. */
/* global self */

/** A path of the app ("/validations"), never an address: a tap opens this app only. */
const appPath = (value) =>
  typeof value === 'string' && /^\/[^/]/.test(value) ? value : '/rappels';

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  // Always a notification for a push, inside waitUntil: browsers revoke the subscription of
  // a worker that receives pushes silently.
  event.waitUntil(
    self.registration.showNotification(typeof data.title === 'string' ? data.title : 'Parcours', {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : 'parcours',
      icon: '/icons/icon-192.png',
      lang: 'fr',
      data: { url: appPath(data.url) },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(
    appPath(event.notification.data && event.notification.data.url),
    self.location.origin,
  ).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => 'focus' in client);
      if (open) {
        await open.focus();
        if ('navigate' in open) await open.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
