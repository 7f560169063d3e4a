import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';

export interface Scores {
  performance: number;
  accessibility: number;
}

/** Runs Lighthouse (default mobile profile, simulated throttling) on a fresh Chromium.
 *  `prepare` may act in the page first (log in); storage is then kept for the audit. */
export async function audit(
  url: string,
  chromePath: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    if (prepare) await prepare(page);
    const result = await withinTime(120, () =>
      lighthouse(
        url,
        {
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset: Boolean(prepare),
        },
        undefined,
        page,
      ),
    );
    await browser.disconnect();
    const categories = result?.lhr.categories;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
    };
  } finally {
    chrome.kill();
  }
}

/** Logs the demo recruit in through the real login form, as a person would. */
export function logInAs(origin: string, email: string) {
  return async (page: Page): Promise<void> => {
    await page.goto(origin, { waitUntil: 'networkidle0' });
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill('Parcours-demo-2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('h1');
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lighthouse now and then never settles on a page; such a run is dropped and tried again. */
async function withinTime<T>(seconds: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function medianScores(runs: number, once: () => Promise<Scores>): Promise<Scores> {
  const all: Scores[] = [];
  for (let attempt = 0; all.length < runs && attempt < runs * 2; attempt++) {
    try {
      all.push(await once());
    } catch (error) {
      console.warn('Lighthouse run dropped:', error instanceof Error ? error.message : error);
    }
  }
  if (all.length === 0) throw new Error('every Lighthouse run failed');
  return {
    performance: median(all.map((s) => s.performance)),
    accessibility: median(all.map((s) => s.accessibility)),
  };
}
