import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose?: string;
}

test('the app is installable: a complete manifest and a service worker in control', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

  expect(manifest).toMatchObject({
    name: 'Parcours',
    lang: 'fr',
    display: 'standalone',
  });
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.start_url).toBeTruthy();
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  for (const size of ['192x192', '512x512']) {
    const icons = manifest.icons.filter((icon) => icon.sizes === size);
    expect(icons.some((icon) => (icon.purpose ?? 'any').includes('any'))).toBe(true);
    expect(icons.some((icon) => icon.purpose?.includes('maskable'))).toBe(true);
    for (const icon of icons) expect((await request.get(icon.src)).ok()).toBe(true);
  }

  const login = new LoginPage(page);
  const home = new HomePage(page);
  await login.logIn(demo.recruit.email);
  await home.expectGreeting(demo.recruit.name);
  await home.waitForServiceWorkerControl();
});

test('nothing from /api is cached by the service worker', async ({ page }) => {
  const login = new LoginPage(page);
  const home = new HomePage(page);
  await login.open();
  await login.logIn(demo.recruit.email);
  await home.waitForServiceWorkerControl();
  const cachedApi = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return {
      total: urls.length,
      api: urls.filter((url) => new URL(url).pathname.startsWith('/api')),
    };
  });
  expect(cachedApi.total).toBeGreaterThan(0);
  expect(cachedApi.api).toEqual([]);
});
