import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { demo, login, sessionCookie, stores, useHarness } from './helpers';

/** A stand-in for Vite's dist/: the shell, a hashed asset, the service worker. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcours-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Parcours</title>');
  writeFileSync(path.join(dir, 'assets', 'x-abc123.js'), 'export const x = 1;');
  // What scripts/precompress.mjs writes beside each file of a real build.
  writeFileSync(path.join(dir, 'assets', 'x-abc123.js.gz'), gzipSync('export const x = 1;'));
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Parcours"}');
  return dir;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const html = { accept: 'text/html,application/xhtml+xml' };

describe.each(stores())('static files on $name', (store) => {
  const dist = fakeBuild();
  const h = useHarness(store, { staticDir: dist });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves hashed assets with immutable caching', async () => {
    const response = await h.app.inject('/assets/x-abc123.js');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('export const x = 1;');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['content-type']).toMatch(/javascript/);
  });

  it('sends the precompressed file to a browser that accepts it', async () => {
    const response = await h.app.inject({
      url: '/assets/x-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.rawPayload).toString()).toBe('export const x = 1;');
  });

  it.each(['/', '/index.html', '/sw.js', '/manifest.webmanifest'])(
    'serves %s with no-cache, so updates are seen',
    async (url) => {
      const response = await h.app.inject(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('falls back to the shell for page navigations', async () => {
    const response = await h.app.inject({ url: '/home', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Parcours</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it('falls back for deep links too', async () => {
    const response = await h.app.inject({ url: '/paths/123/steps?tab=2', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Parcours');
  });

  it('answers 404 JSON for unknown API paths, even from a browser tab', async () => {
    for (const headers of [{}, html]) {
      const response = await h.app.inject({ url: '/api/x', headers });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it.each([
    '/%61pi/x',
    '/%61pi/auth/me',
    '/%2561pi/x',
    '//api/x',
    '//api/auth/me',
    '/api//auth/me',
    '/API/x',
    '/Api/auth/me',
  ])('never answers the shell, nor cacheable data, to a navigation to %s', async (url) => {
    const cookie = sessionCookie(await login(h.app, demo('recrue')));
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await h.app.inject({ method, url, headers: { ...html, cookie } });
      expect(response.body).not.toContain('<title>Parcours</title>');
      expect(response.headers['cache-control']).toBe('no-store');
      if (response.statusCode !== 200) {
        expect(response.statusCode).toBe(404);
        if (method === 'GET')
          expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
      }
    }
  });

  it('answers 404 for a missing asset instead of the shell', async () => {
    const response = await h.app.inject({
      url: '/assets/gone-000000.js',
      headers: { accept: '*/*' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('does not serve files outside the build', async () => {
    const response = await h.app.inject('/../package.json');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('"dependencies"');
  });
});

describe.each(stores())('without a build on $name', (store) => {
  const h = useHarness(store, { staticDir: path.join(tmpdir(), 'parcours-no-such-dist') });

  it('still answers the API and 404s everything else', async () => {
    expect((await h.app.inject('/api/health')).statusCode).toBe(200);
    const page = await h.app.inject({ url: '/', headers: html });
    expect(page.statusCode).toBe(404);
    expect(page.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
