import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demo } from './demo-accounts';
import { ActivatePage, ActivationScreen, agentIdOnDevice } from './pages/activation-pages';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

/** A demo recruit no other spec signs in as: activating her changes her password. */
const camille = { email: 'camille.dubois@demo.parcours.fr', name: 'Camille Dubois' };
const lea = { email: 'lea.fontaine@demo.parcours.fr', name: 'Léa Fontaine' };
const password = 'les mouettes de Saint-Denis';

async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function signInAsHr(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(demo.admin.email);
  await new HomePage(page).expectGreeting(demo.admin.name);
}

test('HR asks for a code; on another phone the recruit opens its link, chooses her password and is home', async ({
  page,
  browser,
}) => {
  await signInAsHr(page);
  const id = await agentIdOnDevice(page, camille.email);
  const screen = new ActivationScreen(page);
  await screen.open(id, camille.name);
  const code = await screen.askForCode(camille.name);

  const phone = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const recruit = await phone.newPage();
  const activate = new ActivatePage(recruit);
  await activate.open(code);
  // The code leaves the address bar at once, so it stays out of her history.
  await expect(recruit).toHaveURL(/\/activer$/);
  await activate.choosePassword(password);
  await new HomePage(recruit).expectGreeting(camille.name);

  await phone.close();

  // The code worked once: on yet another phone, it is refused.
  const other = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const again = new ActivatePage(await other.newPage());
  await again.open(code);
  await again.choosePassword(`${password} !`);
  await expect(again.codeError).toContainText('n’est pas valable');
  await other.close();
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the activation page has no axe violation, errors shown', async ({ page }) => {
      await page.goto('/login');
      await page.getByRole('link', { name: 'J’ai un code d’activation' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
      ).toBeVisible();
      await expectNoAxeViolation(page);
      await page.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(page.getByLabel('Code d’activation')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolation(page);
    });

    test('the activation screen and its sheet have no axe violation', async ({ page }) => {
      await signInAsHr(page);
      const id = await agentIdOnDevice(page, lea.email);
      const screen = new ActivationScreen(page);
      await screen.open(id, lea.name);
      await expectNoAxeViolation(page);
      await screen.askForCode(lea.name);
      await expectNoAxeViolation(page);
    });

    test('the welcome sheets page has no axe violation', async ({ page }) => {
      await signInAsHr(page);
      const ids = [
        await agentIdOnDevice(page, lea.email),
        await agentIdOnDevice(page, camille.email),
      ];
      await page.goto(`/equipe/fiches?ids=${ids.join(',')}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Fiches d’accueil' })).toBeVisible();
      await page.getByRole('button', { name: 'Préparer les fiches' }).click();
      await expect(page.getByRole('article')).toHaveCount(2);
      await expectNoAxeViolation(page);
    });
  });
}
