import type { Page } from 'puppeteer-core';
import { audit, medianScores, type Scores } from './lighthouse';
import type { Row } from './lib/rows';
import { startServer } from './lib/server';
import { MANAGER, supervisorsDatabase } from './lib/supervisors-seed';
import { routeSizes } from './route-sizes';
import { supervisorScreens, type ScreenFigure } from './supervisors';

export interface SupervisorsSetup {
  staticDir: string;
  /** Where the section's own database goes. */
  dataDir: string;
  port: number;
  chromePath: string;
  runs: number;
  /** The static page's scores, when the Lighthouse section measured them. */
  staticPage?: Scores;
}

/**
 * The supervisors' figures (issue 13, item 11), each beside a peer measured in the same run,
 * against a server of their own: the sync figures' seed puts hundreds of recruits in
 * Saint-Denis, where the manager's dashboard must show 40 and the territory 200.
 */
export async function supervisorsRows(setup: SupervisorsSetup): Promise<Row[]> {
  const { staticDir, chromePath, runs } = setup;
  const seeded = await supervisorsDatabase(setup.dataDir);
  const server = await startServer(staticDir, setup.port, seeded.env);
  const origin = server.origin;
  try {
    const screens = await supervisorScreens(origin, chromePath, seeded);
    const staticPage =
      setup.staticPage ??
      (await medianScores(runs, () => audit(`${origin}/floor.html`, chromePath)));
    const dashboard = await medianScores(runs, () =>
      audit(`${origin}/`, chromePath, warmDashboard(origin, seeded.circonscription)),
    );
    const sizes = await routeSizes(origin, chromePath);
    const query = 'the same rows by the screen’s own Dexie query, same page';
    const rows: Row[] = [
      screenRow(
        `manager's dashboard ready on coming back, ${screens.dashboard.count} recruits`,
        screens.dashboard,
        `recruitRows: ${query}`,
        100,
      ),
      screenRow(
        `territory home ready on coming back, ${screens.territory.circonscriptions} circonscriptions of ${screens.territory.count} recruits`,
        screens.territory,
        `recruitRows over all the device holds: ${query}`,
        300,
      ),
      screenRow(
        `a recruit's page ready from the dashboard, ${screens.recruitPage.name}, ${screens.recruitPage.count} steps due now and next shown (later and done folded)`,
        screens.recruitPage,
        `readRecruitFile: ${query}`,
        100,
      ),
      {
        figure: `reminders' centre computed on the manager's device (${screens.reminders.count} reminders for her, from ${screens.dashboard.count} recruits; ${screens.reminders.steps} steps read), ms (CPU 4×, median of ${10})`,
        ours: Math.round(screens.reminders.readyMs * 10) / 10,
        peer: Math.round(screens.reminders.readMs * 10) / 10,
        peerName: 'the bare Dexie read of the same rows (loadReminderSources), same page',
        goal: '≤ 50 ms (issue 17)',
        met: screens.reminders.readyMs <= 50,
      },
      {
        figure: `Lighthouse performance, manager's dashboard (${seeded.circonscription} recruits, warm)`,
        ours: dashboard.performance,
        peer: staticPage.performance,
        peerName: 'static HTML page, same server',
        goal: '≥ 95',
        met: dashboard.performance >= 95,
      },
      {
        figure: `Lighthouse accessibility, manager's dashboard (${seeded.circonscription} recruits, warm)`,
        ours: dashboard.accessibility,
        peer: staticPage.accessibility,
        peerName: 'static HTML page, same server',
        goal: '= 100',
        met: dashboard.accessibility === 100,
      },
    ];
    for (const route of sizes.routes) {
      rows.push({
        figure: `lazy route ${route.route} (${route.chunks}): its own JS, KiB gzip`,
        ours: route.kib,
        peer: sizes.login,
        peerName: 'the login route’s JS, which it already has',
        goal: '≤ 30 KiB',
        met: route.kib <= 30,
      });
    }
    rows.push({
      figure:
        'JS every signed-in route loads beyond the login route (shell, data layer, shared strings), KiB gzip',
      ours: sizes.shared,
      peer: sizes.login,
      peerName: 'the login route’s JS',
      goal: 'none: loaded once, on signing in; counted in no route above',
      met: true,
      info: true,
    });
    return rows;
  } finally {
    await server.stop();
  }
}

function screenRow(what: string, figure: ScreenFigure, peerName: string, goal: number): Row {
  return {
    figure: `${what}, ms (CPU 4×, median)`,
    ours: figure.renderMs,
    peer: figure.queryMs,
    peerName,
    goal: `≤ ${goal} ms`,
    met: figure.renderMs <= goal,
  };
}

/** Signs the manager in and waits for her dashboard's `recruits` rows: the audit then
 *  reloads it with her data on the device. */
function warmDashboard(origin: string, recruits: number) {
  return async (page: Page): Promise<void> => {
    await page.goto(origin, { waitUntil: 'networkidle0' });
    await page.locator('input[type="email"]').fill(MANAGER);
    await page.locator('input[type="password"]').fill('Parcours-demo-2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('table tbody tr').length === n,
      { timeout: 60_000 },
      recruits,
    );
  };
}
