import { expect, test, type Page } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { expectNoAxeViolation, sidewaysOverflow as overflow } from './pages/checks';
import { SupervisorPages } from './pages/supervisor-pages';

async function signIn(page: Page, account: { email: string; name: string }) {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(account.email);
  await new HomePage(page).expectGreeting(account.name);
}

/** Every supervisor screen of the manager, reached as she would reach it. */
async function visitManagerScreens(page: Page, check: (where: string) => Promise<void>) {
  const screens = new SupervisorPages(page);
  await screens.dashboard();
  await check('dashboard');
  await screens.openRecruit(demo.recruit.name);
  await check('recruit page');
  // A step's form is built when asked for: checked open too.
  const path = page.getByRole('region', { name: 'Parcours' });
  await path.getByRole('button', { expanded: false }).first().click();
  await expect(path.getByRole('button', { expanded: true })).toBeVisible();
  await check('recruit page, a step’s form open');
  await screens.nav('Validations');
  await expect(page.getByRole('heading', { level: 1, name: 'Validations' })).toBeVisible();
  await check('approvals');
  await screens.nav('Délégations');
  await expect(page.getByRole('heading', { level: 1, name: 'Délégations' })).toBeVisible();
  await check('delegations');
  await screens.nav('Tableau de bord');
  await page.getByRole('link', { name: 'Créer un parcours' }).click();
  await expect(page.getByRole('heading', { name: /Aperçu/ })).toBeVisible();
  await check('create path');
}

test('nothing scrolls sideways at 320 px, on the recruit’s and the manager’s screens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, demo.recruit);
  for (const tab of ['Formation', 'Mon tuteur', 'Groupes', 'Mon parcours']) {
    await page
      .getByRole('navigation', { name: 'Mon espace' })
      .getByRole('link', { name: tab })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => overflow(page), { message: tab }).toBeLessThanOrEqual(0);
  }
  await new HomePage(page).logOut();
  await signIn(page, demo.manager);
  // Polled: a screen's stylesheet comes with its chunk, a moment after its first frame.
  await visitManagerScreens(page, async (where) => {
    await expect.poll(() => overflow(page), { message: where }).toBeLessThanOrEqual(0);
  });
  await page.goto('/accessibilite');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }),
  ).toBeVisible();
  await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
});

test('nothing scrolls sideways at 320 px on the HR admin’s screens and the reports', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, demo.admin);
  for (const [path, heading] of [
    ['/equipe', 'Équipe'],
    ['/equipe/nouveau', 'Nouvelle personne'],
    ['/equipe/import', 'Importer des arrivées'],
    ['/organisation', 'Organisation'],
    ['/modeles', 'Modèles de parcours'],
    ['/analyse-de-pratiques', 'Analyse de pratiques'],
    ['/rapports', 'Rapports'],
    ['/rapports/formation', 'Jours de formation'],
    ['/rapports/indemnites', 'Primes de tutorat et d’intérim'],
    ['/rapports/avancement', 'Avancement et maintien en poste'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
      timeout: 20_000,
    });
    // Tables and charts scroll inside their own regions; the page itself never does.
    await expect.poll(() => overflow(page), { message: path }).toBeLessThanOrEqual(0);
  }
});

test('at a desk the navigation is a column beside the content; the account menu works by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, demo.manager);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const main = page.getByRole('heading', { level: 1 });
  const [navBox, headingBox] = [await nav.boundingBox(), await main.boundingBox()];
  expect(navBox!.x + navBox!.width).toBeLessThanOrEqual(headingBox!.x);
  expect(navBox!.height).toBeGreaterThan(navBox!.width / 2);

  const button = page.getByRole('button', { name: 'Mon compte' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeHidden();
});

test('the footer links every page to the accessibility statement, signed in or not', async ({
  page,
}) => {
  await new LoginPage(page).open();
  await page.getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }),
  ).toBeVisible();
  await expect(page.getByText(/RGAA\), version 4\.1\.2/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Défenseur des droits/ })).toBeVisible();
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`the supervisors’ screens have no axe violation at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, demo.manager);
    await visitManagerScreens(page, (where) => expectNoAxeViolation(page, where));
    await new HomePage(page).logOut();
    await signIn(page, demo.territoryManager);
    await page.getByRole('link', { name: 'Saint-Denis' }).click();
    await new SupervisorPages(page).dashboard();
    await expectNoAxeViolation(page, 'circonscription');
    await page.goto('/accessibilite');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolation(page, 'statement');
  });
}
