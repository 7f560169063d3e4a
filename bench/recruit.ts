import { chromium } from '@playwright/test';
import type { BenchApi } from './app/main';
import { benchScript } from './app-bundle';
import { median, percentile } from './lib/rows';

export interface RecruitFigures {
  /** Click on "Mon parcours", coming back to it from "Formation" → the screen ready: the step
   *  items of its open sections in the DOM and the folded "Fait" section's summary with its
   *  count (its items render when it is opened), ms (median). Coming back, the screen shows
   *  the path's last answer at once while its live query runs again (useRecruitPath). */
  renderMs: number;
  /** The same rows by the screen's own Dexie query, ms (median). */
  queryMs: number;
  steps: number;
  /** Tap → the other button label in the DOM, ms. */
  tapP50: number;
  tapP95: number;
  taps: number;
  /** requestAnimationFrame → next frame, ms (median): the display's floor. */
  frameMs: number;
}

const STEPS = 200;
const REPETITIONS = 10;
const TAPS = 50;
/** The page's global with the bench bundle loaded (only types here: evaluated in the page). */
type Loaded = typeof globalThis & { parcoursBench: BenchApi };

/** The recruit's screens in the real built app, in headless Chromium with the CPU slowed
 *  4× (CDP), cut from the server once her path has synced so that nothing the bench writes
 *  is undone. */
export async function recruitScreens(
  origin: string,
  chromiumPath: string,
): Promise<RecruitFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // tsx names functions through a helper the page lacks, for those passed to evaluate.
    await context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByLabel('Adresse e-mail').fill('recrue@demo.parcours.fr');
    await page.getByLabel('Mot de passe').fill('Parcours-demo-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('a[href^="/etapes/"]').first().waitFor({ timeout: 30_000 });
    const { agentId, pathId, plainStepId } = await page.evaluate(findPath);
    await page.addScriptTag({ url: benchScript, type: 'module' });
    await page.waitForFunction(() => 'parcoursBench' in globalThis);
    // Cut from the server (every /api request fails as a network error would) rather than
    // context.setOffline: the screens' lazy chunks still load, as a service worker would
    // serve them, while the sync engine cannot overwrite what the bench writes.
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // 2. Tap to update, on one of her own plain steps (the real rows, before any swap).
    await page.evaluate(
      (href) => document.querySelector<HTMLElement>(`a[href="${href}"]`)?.click(),
      `/etapes/${plainStepId}`,
    );
    await page.getByRole('button', { name: /^Marquer comme (fait|à faire)$/ }).waitFor();
    const taps = await page.evaluate(tapLoop, TAPS);
    const frames = await page.evaluate(
      (n) => (globalThis as Loaded).parcoursBench.frameIntervals(n),
      30,
    );
    await page.getByRole('link', { name: 'Retour à mon parcours' }).click();

    // 1. A 200-step path: rendered by the screen, beside the screen's query of the same rows.
    const stored = await page.evaluate(
      ([a, p, n]) => (globalThis as Loaded).parcoursBench.replaceSteps(a, p, n),
      [agentId, pathId, STEPS] as const,
    );
    if (stored !== STEPS) throw new Error(`${stored} steps stored, ${STEPS} wanted`);
    const renders: number[] = [];
    for (let i = 0; i <= REPETITIONS; i++) {
      await page.getByRole('link', { name: 'Formation', exact: true }).click();
      await page.waitForFunction(() => !document.querySelector('a[href^="/etapes/"]'));
      const ms = await page.evaluate(renderPath, STEPS);
      if (i > 0) renders.push(ms); // the first loads the screen's code: not a render
    }
    // What the timed screen left folded is all there once she opens it.
    await page.locator('summary', { hasText: 'Fait' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('a[href^="/etapes/"]').length === n,
      STEPS,
    );
    const query = await page.evaluate(
      ([a, p, n]) => (globalThis as Loaded).parcoursBench.stepQueryMs(a, p, n),
      [agentId, pathId, REPETITIONS] as const,
    );
    if (query.rows !== STEPS) throw new Error(`the query read ${query.rows} steps`);
    return {
      renderMs: median(renders),
      queryMs: median(query.times),
      steps: STEPS,
      tapP50: percentile(taps, 50),
      tapP95: percentile(taps, 95),
      taps: taps.length,
      frameMs: median(frames),
    };
  } finally {
    await browser.close();
  }
}

/** In the page: her database, her path, and one of its plain steps still to do. */
async function findPath() {
  const name = (await indexedDB.databases())
    .map((db) => db.name ?? '')
    .find((n) => n.startsWith('parcours-user-'));
  if (!name) throw new Error('no user database');
  const agentId = name.slice('parcours-user-'.length);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
  type Row = { id: string; recruitId?: string; pathId?: string; kind?: string };
  type StepRow = Row & { needsApproval: boolean; status: string };
  const path = (await all<Row>('path')).find((p) => p.recruitId === agentId);
  const records = await all<{ pathId: string; steps: StepRow[] }>('pathSteps');
  db.close();
  const steps = records.find((r) => r.pathId === path?.id)?.steps ?? [];
  const plain = steps.find(
    (s) =>
      !s.needsApproval && s.kind !== 'milestone' && s.kind !== 'equipment' && s.status === 'todo',
  );
  if (!path || !plain) throw new Error('no path or no plain step to do');
  return { agentId, pathId: path.id, plainStepId: plain.id };
}

/** In the page: `count` taps on the done/to-do button, each timed from the click to the
 *  mutation that shows the other label. */
async function tapLoop(count: number): Promise<number[]> {
  const labels = ['Marquer comme fait', 'Marquer comme à faire'];
  const button = () =>
    [...document.querySelectorAll('button')].find((b) => labels.includes(b.textContent ?? ''));
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = button();
    if (!target) throw new Error('no done/to-do button');
    const other = labels.find((label) => label !== target.textContent)!;
    const ms = await new Promise<number>((resolve, reject) => {
      let start = 0;
      const observer = new MutationObserver(() => {
        if (button()?.textContent === other) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => reject(new Error('the label never changed')), 10_000);
      start = performance.now();
      target.click();
    });
    times.push(ms);
    // Let the screen settle (the button comes back enabled) before the next tap.
    while (button()?.disabled !== false) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return times;
}

/** In the page: click "Mon parcours" in the tab bar; ms until the screen is ready for a path
 *  of `count` steps: every step of its open sections in the DOM, and the folded "Fait"
 *  section's summary with its count. Folded, its steps are off screen and rendered only when
 *  she opens it (TimelineSection), so the screen does not wait for them. */
function renderPath(count: number): Promise<number> {
  // Its name as read: without the reminders' count the tab may carry (hidden from it).
  const named = (a: HTMLElement) => {
    const copy = a.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"], [hidden]').forEach((n) => n.remove());
    return copy.textContent?.trim();
  };
  const link = [...document.querySelectorAll('a')].find((a) => named(a) === 'Mon parcours');
  if (!link) throw new Error('no "Mon parcours" link');
  // The timeline's steps (the reminders above it link to steps too).
  const items = () => document.querySelectorAll('.timeline a[href^="/etapes/"]').length;
  const folded = () => {
    const summary = document.querySelector('details:not([open]) > summary')?.textContent ?? '';
    const match = /\((\d+) étapes?\)/.exec(summary);
    return match ? Number(match[1]) : null;
  };
  const ready = () => {
    const done = folded();
    return done !== null && items() + done >= count;
  };
  return new Promise((resolve, reject) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      if (ready()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(
      () => reject(new Error(`only ${items()} step items, ${folded()} folded, after 20 s`)),
      20_000,
    );
    start = performance.now();
    link.click();
  });
}
