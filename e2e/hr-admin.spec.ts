import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { demo } from './demo-accounts';
import { ActivatePage, ActivationScreen, agentIdOnDevice } from './pages/activation-pages';
import { AdminPages } from './pages/admin-pages';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { SyncBar } from './pages/sync-bar';

// Issue 14 (a) and (c) on the demo: the HR admin creates a circonscription and a recruit and
// asks for her activation; the recruit activates on her phone. axe on every admin screen.

async function signInAsHr(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(demo.admin.email);
  await new HomePage(page).expectGreeting(demo.admin.name);
}

async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes[0]?.target)})`),
  ).toEqual([]);
}

test('the HR admin creates a circonscription and a recruit, whose phone then activates', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsHr(page);
  const admin = new AdminPages(page);
  await admin.createCirconscription('Plaine Commune', 'La Courneuve', 'ASE');
  const name = 'Maëlle Tran';
  const id = await admin.createAccount({
    email: 'maelle.tran@demo.parcours.fr',
    name,
    role: 'Recrue',
    job: 'Éducatrice spécialisée',
    status: 'Apprenti·e',
    circonscription: 'La Courneuve (ASE)',
    startDate: format(addDays(new Date(), 14), 'yyyy-MM-dd'),
  });
  await new SyncBar(page).syncAndSettle();
  const codes = new ActivationScreen(page);
  await codes.open(id, name);
  const code = await codes.askForCode(name);

  const phone = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const recruitPage = await phone.newPage();
  const activation = new ActivatePage(recruitPage);
  await activation.open(code);
  await activation.choosePassword('la Courneuve au printemps');
  await new HomePage(recruitPage).expectGreeting(name);
  await phone.close();
});

test('the HR admin’s screens open offline after a reload, and a change waits for the network', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsHr(page);
  await new HomePage(page).waitForServiceWorkerControl();
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/', /Bonjour/],
    ['/equipe', 'Équipe'],
    ['/organisation', 'Organisation'],
    ['/modeles', 'Modèles de parcours'],
    ['/analyse-de-pratiques', 'Analyse de pratiques'],
    ['/rapports', 'Rapports'],
    ['/rapports/indemnites', 'Primes de tutorat et d’intérim'],
    ['/rapports/avancement', 'Avancement et maintien en poste'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await new AdminPages(page).createTerritory('Territoire hors ligne');
  await new SyncBar(page).expectPending(1);
  // What needs the server says so plainly, offline.
  await page.goto('/equipe/import');
  // (The account menu, closed, holds a status of its own about the export: not this one.)
  await expect(
    page
      .getByRole('main')
      .getByText(/connexion/)
      .first(),
  ).toBeVisible();
  await context.setOffline(false);
  await new SyncBar(page).syncAndSettle();
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`axe finds nothing on the HR admin's screens at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signInAsHr(page);
    const lea = await agentIdOnDevice(page, 'lea.fontaine@demo.parcours.fr');
    const screens: [string, string | RegExp][] = [
      ['/', /Bonjour/],
      ['/equipe', 'Équipe'],
      ['/equipe/nouveau', 'Nouvelle personne'],
      [`/equipe/${lea}`, 'Léa Fontaine'],
      ['/equipe/import', 'Importer des arrivées'],
      ['/organisation', 'Organisation'],
      ['/modeles', 'Modèles de parcours'],
      ['/modeles/nouveau', 'Nouveau modèle'],
      ['/analyse-de-pratiques', 'Analyse de pratiques'],
      ['/analyse-de-pratiques/nouveau', 'Nouveau groupe'],
    ];
    for (const [path, heading] of screens) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolation(page);
    }
    // A template's and a group's own page, reached from their lists.
    await page.goto('/modeles');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolation(page);
    await page.goto('/analyse-de-pratiques');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolation(page);
  });
}
