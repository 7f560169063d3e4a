import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { gzipSize, kib } from './lib/gzip';

/** Gzip KiB of every script the login route loads in a real browser (no service worker, so
 *  only what the page itself asks for counts, not the precache). */
export async function loginRouteJs(origin: string, chromiumPath: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto(origin, { waitUntil: 'networkidle' });
    await page.getByLabel('Adresse e-mail').waitFor();
    const sizes = await Promise.all(bodies.map(async (body) => gzipSize(await body)));
    return kib(sizes.reduce((sum, size) => sum + size, 0));
  } finally {
    await browser.close();
  }
}

/** Gzip KiB of the framework floor app, built with the same Vite in the same run. */
export async function frameworkFloorJs(outDir: string): Promise<number> {
  await build({
    root: 'bench/floor-app',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  const assets = join(outDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  return kib(scripts.reduce((sum, name) => sum + gzipSize(readFileSync(join(assets, name))), 0));
}
