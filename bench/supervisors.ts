import { chromium, type Browser, type Page } from '@playwright/test';
import type { BenchApi } from './app/main';
import { benchScript } from './app-bundle';
import { median } from './lib/rows';
import { MANAGER, TERRITORY_MANAGER } from './lib/supervisors-seed';

/** A screen ready on a click, ms (median), beside its own Dexie query of the same rows. */
export interface ScreenFigure {
  renderMs: number;
  queryMs: number;
  /** Rows shown: recruits (dashboard, territory) or steps (a recruit's page). */
  count: number;
}

export interface SupervisorFigures {
  dashboard: ScreenFigure;
  /** The reminders' centre computed on the manager's device (issue 17). */
  reminders: { readyMs: number; readMs: number; count: number; steps: number };
  recruitPage: ScreenFigure & { name: string };
  territory: ScreenFigure & { circonscriptions: number };
}

const REPETITIONS = 10;
const NAV = 'nav[aria-label="Navigation principale"]';
type Loaded = typeof globalThis & { parcoursBench: BenchApi };
/** When a screen counts as ready, checked in the page after every DOM mutation. */
type Ready = { table: string; rows?: number; total?: number } | { heading: string; steps: number };
/** A link by its text, inside the elements `within` selects. */
type Target = { link: string; within: string };

/** The supervisors' screens in the built app, in headless Chromium with the CPU slowed 4×
 *  (CDP), cut from the server once the initial sync is done. `recruits` are those of the
 *  manager's circonscription and of the territory, as seeded. */
export async function supervisorScreens(
  origin: string,
  chromiumPath: string,
  recruits: { circonscription: number; territory: number },
): Promise<SupervisorFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    // The manager: her dashboard, then a recruit's page opened from it.
    const dashboard: Ready = { table: 'Recrues et avancement', rows: recruits.circonscription };
    const manager = await signedIn(browser, origin, MANAGER, dashboard);
    const away = () => leave(manager);
    const home = () => clickUntil(manager, { link: 'Tableau de bord', within: NAV }, dashboard);
    const dashboardMs = await repeat(away, home);
    const mine = await manager.evaluate(
      (n) => (globalThis as Loaded).parcoursBench.recruitRowsMs('mine', n),
      REPETITIONS,
    );
    if (mine.rows !== recruits.circonscription) throw new Error(`${mine.rows} rows queried`);
    const reminders = await manager.evaluate(
      (n) => (globalThis as Loaded).parcoursBench.remindersMs(n),
      REPETITIONS + 1,
    );
    const name = 'Inès Benali';
    const href = await manager.getByRole('link', { name, exact: true }).getAttribute('href');
    const file = await manager.evaluate(
      ([id, n]) => (globalThis as Loaded).parcoursBench.recruitFileMs(id, n),
      [href!.replace('/recrues/', ''), REPETITIONS] as const,
    );
    const page: Ready = { heading: name, steps: file.steps };
    const recruitMs = await repeat(home, () =>
      clickUntil(manager, { link: name, within: 'table' }, page),
    );
    await manager.context().close();
    // The territory manager: her home, one row per circonscription over all her recruits.
    const overview: Ready = { table: 'par circonscription', total: recruits.territory };
    const territory = await signedIn(browser, origin, TERRITORY_MANAGER, overview);
    const territoryMs = await repeat(
      () => leave(territory),
      () => clickUntil(territory, { link: 'Territoire', within: NAV }, overview),
    );
    const all = await territory.evaluate(
      (n) => (globalThis as Loaded).parcoursBench.recruitRowsMs('all', n),
      REPETITIONS,
    );
    if (all.rows !== recruits.territory) throw new Error(`${all.rows} rows queried`);
    const circonscriptions = await territory.locator('table tbody tr').count();
    return {
      dashboard: { renderMs: median(dashboardMs), queryMs: median(mine.times), count: mine.rows },
      reminders: {
        readyMs: median(reminders.ready.slice(1)),
        readMs: median(reminders.read.slice(1)),
        count: reminders.count,
        steps: reminders.steps,
      },
      recruitPage: {
        renderMs: median(recruitMs),
        queryMs: median(file.times),
        count: file.steps,
        name,
      },
      territory: {
        renderMs: median(territoryMs),
        queryMs: median(all.times),
        count: all.rows,
        circonscriptions,
      },
    };
  } finally {
    await browser.close();
  }
}

/** Signs `email` in through the form, waits for her home to be `ready` (the initial sync
 *  done), loads the bench bundle, then cuts the page from /api and slows its CPU 4×. */
async function signedIn(browser: Browser, origin: string, email: string, ready: Ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // tsx names functions through a helper the page lacks, for those passed to evaluate.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('Parcours-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.evaluate(untilReady, { target: null, ready, seconds: 60 });
  await page.addScriptTag({ url: benchScript, type: 'module' });
  await page.waitForFunction(() => 'parcoursBench' in globalThis);
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Away to "Validations", whose screen replaces the home's. */
async function leave(page: Page) {
  await page.locator(`${NAV} a`, { hasText: 'Validations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Validations' }).waitFor();
}

/** `REPETITIONS` + 1 rounds of `before` then `timed`; the first, which loads the screens'
 *  code, is dropped. */
async function repeat(before: () => Promise<unknown>, timed: () => Promise<number>) {
  const times: number[] = [];
  for (let i = 0; i <= REPETITIONS; i++) {
    await before();
    const ms = await timed();
    if (i > 0) times.push(ms);
  }
  return times;
}

const clickUntil = (page: Page, target: Target, ready: Ready) =>
  page.evaluate(untilReady, { target, ready, seconds: 20 });

/** In the page: clicks the link named `target.link` (if any); ms until the screen is
 *  `ready`, checked after every DOM mutation. Self-contained: it is sent to the page. */
function untilReady(args: { target: Target | null; ready: Ready; seconds: number }) {
  const { target, ready, seconds } = args;
  const isReady = (): boolean => {
    if ('heading' in ready) {
      const title = document.querySelector('h1')?.textContent;
      const steps = document.querySelectorAll('.manage-steps > li').length;
      const folds = document.querySelectorAll('.manage-folded > summary').length;
      return title === ready.heading && steps === ready.steps && folds === 2;
    }
    const table = [...document.querySelectorAll('table')].find((t) =>
      t.querySelector('caption')?.textContent?.includes(ready.table),
    );
    const rows = table ? [...table.querySelectorAll('tbody tr')] : [];
    if (ready.rows !== undefined) return rows.length === ready.rows;
    const total = rows.reduce((sum, row) => sum + Number(row.querySelector('td')?.textContent), 0);
    return rows.length > 0 && total === ready.total;
  };
  return new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (isReady()) done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`not ready after ${seconds} s: ${JSON.stringify(ready)}`));
    }, seconds * 1000);
    const start = performance.now();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    if (target) {
      // Its name as read: without what is hidden from it (the reminders' count on a place).
      const named = (a: HTMLElement) => {
        const copy = a.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"], [hidden]').forEach((n) => n.remove());
        return copy.textContent?.trim();
      };
      const link = [...document.querySelectorAll<HTMLElement>(`${target.within} a`)].find(
        (a) => named(a) === target.link,
      );
      if (!link) throw new Error(`no link "${target.link}" in ${target.within}`);
      link.click();
    }
    // Already there (a click on the screen's own link): nothing will change.
    if (isReady()) done();
  });
}
