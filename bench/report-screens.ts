import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { BenchApi } from './app/main';
import type { ReportName } from './app/reports';
import { benchScript } from './app-bundle';
import { median } from './lib/rows';

type Loaded = typeof globalThis & { parcoursBench: BenchApi };
const NAV = 'nav[aria-label="Navigation principale"]';

/** The screens' own French words (the screens are young: read, not copied). */
const strings = JSON.parse(readFileSync('locales/fr/reports.json', 'utf8')) as {
  title: string;
} & Record<ReportName, { title: string; caption: string }>;

/** When a screen showed its table: on its first open since sign-in (its rows read from
 *  IndexedDB), and coming back to it (median; Dexie's live-query cache may hold them). */
export interface ScreenTimes {
  first: number;
  back: number;
}

/** Each report's screen as reached from the list `/rapports`, by its link, until its main
 *  table shows its rows. Screens read the current year (training days), the current month
 *  (bonuses) and today (progress) by default. */
export async function reportScreens(
  browser: Browser,
  origin: string,
  login: { email: string; password: string; agentId: string },
  held: { agents: number; paths: number; steps: number },
  rounds: number,
): Promise<Record<ReportName, ScreenTimes>> {
  const page = await signedIn(browser, origin, login, held);
  const year = String(new Date().getUTCFullYear());
  const times = {} as Record<ReportName, ScreenTimes>;
  for (const name of ['trainingDays', 'bonuses', 'progress'] as const) {
    const { title, caption } = strings[name];
    const measured: number[] = [];
    let first = 0;
    for (let round = 0; round <= rounds; round++) {
      await toList(page);
      const ms = await page.evaluate(untilShown, {
        link: title,
        caption: caption.replace('{{year}}', year),
      });
      if (round > 0) measured.push(ms);
      else first = ms;
    }
    times[name] = { first, back: median(measured) };
  }
  await page.context().close();
  return times;
}

/** Signs in through the form, waits until the app's own initial sync holds the seed, then
 *  cuts the page from /api and slows its CPU 4×. */
async function signedIn(
  browser: Browser,
  origin: string,
  login: { email: string; password: string; agentId: string },
  held: { agents: number; paths: number; steps: number },
): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript('globalThis.__name = (fn) => fn');
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByLabel('Adresse e-mail').fill(login.email);
  await page.getByLabel('Mot de passe').fill(login.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator(NAV).waitFor({ timeout: 60_000 });
  await page.addScriptTag({ url: benchScript, type: 'module' });
  await page.waitForFunction(() => 'parcoursBench' in globalThis);
  for (const deadline = Date.now() + 180_000; ;) {
    const now = await page.evaluate(
      (id) => (globalThis as Loaded).parcoursBench.heldRows(id),
      login.agentId,
    );
    if (now.agents === held.agents && now.paths === held.paths && now.steps === held.steps) break;
    if (Date.now() > deadline) throw new Error(`the app's sync holds ${JSON.stringify(now)}`);
    await page.waitForTimeout(1000);
  }
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

async function toList(page: Page) {
  await page.locator(`${NAV} a`, { hasText: strings.title }).click();
  await page.getByRole('heading', { level: 1, name: strings.title }).waitFor();
}

/** In the page: clicks the link named `link`; ms until a table captioned `caption` shows a
 *  row (the screen renders its table at once, when its report is computed). Self-contained:
 *  it is sent to the page. */
function untilShown({ link, caption }: { link: string; caption: string }) {
  const ready = () =>
    [...document.querySelectorAll('table')].some(
      (table) =>
        table.querySelector('caption')?.textContent === caption &&
        table.querySelector('tbody tr') !== null,
    );
  return new Promise<number>((resolve, reject) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no table "${caption}" after 30 s`));
    }, 30_000);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const anchor = [...document.querySelectorAll<HTMLElement>('a')].find(
      (a) => a.textContent?.trim() === link,
    );
    if (!anchor) throw new Error(`no link "${link}"`);
    anchor.click();
  });
}
