import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSize, kib } from './lib/gzip';
import { MANAGER, TERRITORY_MANAGER } from './lib/supervisors-seed';

export interface RouteSize {
  route: string;
  /** The lazy chunks its screen is made of. */
  chunks: string;
  kib: number;
}

export interface RouteSizes {
  routes: RouteSize[];
  /** What every signed-in route loads beyond the login route (the shell, the data layer,
   *  the supervisors' shared strings): counted once, here, not in each route. */
  shared: number;
  /** The login route's own scripts, measured the same way. */
  login: number;
}

const MENTOR = 'tuteur@demo.parcours.fr';

/**
 * Gzip KiB of each supervisors' route's own JS: every script the browser loads when the
 * route is opened (signed in, its data synced, no service worker, no idle warm-up of the
 * other screens), less those the login route loads and those every signed-in route loads.
 */
export async function routeSizes(origin: string, chromiumPath: string): Promise<RouteSizes> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const anonymous = await browser.newContext({ serviceWorkers: 'block' });
    const login = await scriptsOf(await anonymous.newPage(), origin, '/');
    const manager = await signedIn(browser, origin, MANAGER);
    const recruit = await firstHref(manager, 'a[href^="/recrues/"]');
    const territory = await signedIn(browser, origin, TERRITORY_MANAGER);
    const circonscription = await firstHref(territory, 'a[href^="/circonscriptions/"]');
    const mentor = await signedIn(browser, origin, MENTOR);
    const welcome = await mentor.context().newPage();
    await welcome.goto(`${origin}/bienvenue`);
    await welcome.locator('a[href^="/bienvenue/"]').first().waitFor({ timeout: 30_000 });
    const item = await firstHref(welcome, 'a[href^="/bienvenue/"]');
    await welcome.close();
    // [route, its path here, the chunks its screen is made of, who opens it]
    const visits: [string, string, string, Page][] = [
      ['/ (manager)', '/', 'HomeScreen, ManagerHome, Dashboard', manager],
      ['/ (territory manager)', '/', 'HomeScreen, TerritoryHome', territory],
      ['/ (mentor)', '/', 'HomeScreen, MentorHome, Dashboard', mentor],
      ['/recrues/:id', recruit, 'RecruitScreen', manager],
      ['/validations', '/validations', 'ApprovalsScreen', manager],
      ['/delegations', '/delegations', 'DelegationsScreen', manager],
      ['/parcours/nouveau', '/parcours/nouveau', 'CreatePathScreen', manager],
      ['/circonscriptions/:id', circonscription, 'CirconscriptionScreen, Dashboard', territory],
      ['/rapports', '/rapports', 'ReportsScreen', manager],
      ['/rapports/formation', '/rapports/formation', 'TrainingDaysScreen, reports', manager],
      ['/rapports/indemnites', '/rapports/indemnites', 'BonusesScreen, reports', manager],
      ['/rapports/avancement', '/rapports/avancement', 'ProgressScreen, reports', manager],
      // The welcome content (issue 18): the Markdown renderer and sanitiser travel with an
      // item's screen and the editor's, never with the list.
      ['/bienvenue', '/bienvenue', 'WelcomeScreen', mentor],
      ['/bienvenue/:id', item, 'ContentScreen', mentor],
      ['/contenus/nouveau', '/contenus/nouveau?type=sheet', 'ContentEditorScreen', mentor],
    ];
    const loaded = new Map<string, Set<string>>();
    for (const [route, path, , page] of visits) {
      loaded.set(route, await scriptsOf(await page.context().newPage(), origin, path));
    }
    // The supervisors' routes say what every signed-in route loads; the reports and the
    // welcome content, which need none of the supervisors' strings, would otherwise move
    // those into each route above.
    const signedInRoutes = [...loaded].filter(([route]) => !apart(route)).map(([, s]) => s);
    const everywhere = new Set(
      [...signedInRoutes[0]!].filter((url) => signedInRoutes.every((set) => set.has(url))),
    );
    const accessibility = await scriptsOf(await anonymous.newPage(), origin, '/accessibilite');
    const own = (scripts: Set<string>, not: Set<string>[]) =>
      [...scripts].filter((url) => !login.has(url) && not.every((set) => !set.has(url)));
    const sizes = new Map<string, number>();
    const sizeOf = async (urls: string[]) => {
      let bytes = 0;
      for (const url of urls) {
        const body = async () => new Uint8Array(await (await fetch(url)).arrayBuffer());
        if (!sizes.has(url)) sizes.set(url, gzipSize(await body()));
        bytes += sizes.get(url)!;
      }
      return kib(bytes);
    };
    // A report's chart (uPlot) is a lazy chunk of its own, fetched once its table is on
    // screen, and so is the welcome content's Markdown renderer (marked, DOMPurify), shown
    // as plain text until it is there: each a line of its own, not counted in a route.
    const chart = (url: string) => /\/assets\/Chart-[^/]+\.js$/.test(url);
    const markdown = (url: string) => /\/assets\/Markdown-[^/]+\.js$/.test(url);
    const routes: RouteSize[] = [];
    for (const [route, , chunks] of visits) {
      const scripts = own(loaded.get(route)!, [everywhere]).filter(
        (url) => !chart(url) && !markdown(url),
      );
      routes.push({ route, chunks, kib: await sizeOf(scripts) });
    }
    const charts = [...new Set([...loaded.values()].flatMap((set) => [...set]))].filter(chart);
    if (charts.length > 0) {
      routes.push({
        route: '/rapports/* chart',
        chunks: 'Chart, uPlot',
        kib: await sizeOf(charts),
      });
    }
    const renderers = [...new Set([...loaded.values()].flatMap((set) => [...set]))].filter(
      markdown,
    );
    if (renderers.length > 0) {
      routes.push({
        route: '/bienvenue/* Markdown renderer',
        chunks: 'Markdown, marked, DOMPurify',
        kib: await sizeOf(renderers),
      });
    }
    routes.push({
      route: '/accessibilite',
      chunks: 'AccessibilityScreen',
      kib: await sizeOf(own(accessibility, [])),
    });
    return {
      routes,
      shared: await sizeOf(own(everywhere, [])),
      login: await sizeOf([...login]),
    };
  } finally {
    await browser.close();
  }
}

const apart = (route: string) => /^\/(rapports|bienvenue|contenus)/.test(route);

/** The scripts a fresh page loads for `path` until the network is idle. */
async function scriptsOf(page: Page, origin: string, path: string): Promise<Set<string>> {
  const urls = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.add(request.url());
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return urls;
}

async function signedIn(browser: Browser, origin: string, email: string): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Once idle, the shell loads every supervisors' screen ahead (RoleNav), for offline use:
  // held back here, so that a page loads its own route's code and no other's.
  await context.addInitScript(
    'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};',
  );
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('Parcours-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
  return page;
}

async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no ${selector}`);
  return href;
}
