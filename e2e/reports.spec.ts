import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { ReportPages } from './pages/report-pages';

const year = new Date().getFullYear();

async function signIn(browser: Browser, account: { email: string; name: string }, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: width > 360 ? 800 : 640 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(account.email);
  const home = new HomePage(page);
  await home.expectGreeting(account.name);
  return { context, page, home, reports: new ReportPages(page) };
}

test('the HR admin opens the training-days report offline and downloads its CSV', async ({
  browser,
}) => {
  const hr = await signIn(browser, demo.admin);
  await hr.page.getByRole('link', { name: 'Rapports' }).click();
  await hr.page.getByRole('link', { name: 'Jours de formation' }).click();
  await hr.reports.agentsTable();
  await hr.home.waitForServiceWorkerControl();

  await hr.context.setOffline(true);
  await hr.reports.open('/rapports/formation', 'Jours de formation');
  const shown = await hr.reports.circonscriptionsShown();
  expect(shown).toEqual(expect.arrayContaining(['Saint-Denis', 'Montreuil', 'Bobigny']));
  await hr.reports.chartDrawn();

  const file = await hr.reports.download();
  expect(file.name).toBe(`jours-de-formation-${year}.csv`);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    'Agent;Courriel;Territoire;Circonscription;Service;Métier;Statut;Date d’entrée;' +
      'Date de fin;Année;Jours réalisés;Objectif (jours);Manque (jours);' +
      'Prévision à ce rythme (jours);Situation',
  );
  const first = lines[1]!.split(';');
  expect(first).toHaveLength(15);
  expect(first[1]).toMatch(/@demo\.parcours\.fr$/);
  expect(first[7]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(first[9]).toBe(String(year));
  expect(lines.at(-1)).toBe('');
  await expect(hr.page.getByText(`Fichier ${file.name} créé sur cet appareil.`)).toBeVisible();
  await hr.context.close();
});

test('the manager sees only her circonscription’s agents', async ({ browser }) => {
  const manager = await signIn(browser, demo.manager);
  await manager.reports.open('/rapports/formation', 'Jours de formation');
  expect(await manager.reports.circonscriptionsShown()).toEqual(['Saint-Denis']);
  await expect(manager.page.getByText('Périmètre : Saint-Denis.')).toBeVisible();
  // She has nothing to choose among: no territory or circonscription filter.
  await expect(manager.page.getByLabel('Territoire')).toHaveCount(0);
  await manager.context.close();
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`the report screens have no axe violation at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const hr = await signIn(browser, demo.admin, viewport.width);
    for (const [path, title, chart] of [
      ['/rapports', 'Rapports', false],
      ['/rapports/formation', 'Jours de formation', true],
      ['/rapports/indemnites', 'Primes de tutorat et d’intérim', true],
      ['/rapports/avancement', 'Avancement et maintien en poste', true],
    ] as const) {
      await hr.reports.open(path, title);
      if (chart) await hr.reports.chartDrawn();
      const results = await new AxeBuilder({ page: hr.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
    }
    await hr.context.close();
  });
}
