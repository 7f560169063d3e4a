import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { outboxNames, RecruitPages } from './pages/recruit-pages';

test('offline, the recruit moves her path forward, and a reload loses nothing', async ({
  page,
  context,
}) => {
  const login = new LoginPage(page);
  const home = new HomePage(page);
  const recruit = new RecruitPages(page);
  await login.open();
  await login.logIn(demo.recruit.email);
  await home.expectGreeting(demo.recruit.name);
  await recruit.waitForPath();
  await home.waitForServiceWorkerControl();
  await recruit.waitForPath();

  await context.setOffline(true);
  const done: string[] = [];
  for (let i = 0; i < 3; i++) done.push(await recruit.markNextStepDone(done));
  await recruit.recordTraining('Accueil des publics en situation de précarité');
  await page.getByRole('link', { name: 'Mon parcours', exact: true }).click();
  const milestone = await recruit.askForReview('Bilan rédigé avec ma tutrice.');

  await page.reload();
  await home.expectGreeting(demo.recruit.name);
  for (const href of done) {
    await page.goto(href);
    await expect(page.getByRole('button', { name: 'Marquer comme à faire' })).toBeVisible();
  }
  await page.goto(milestone);
  await expect(page.getByText('En attente de validation').first()).toBeVisible();
  await page.goto('/formation');
  await expect(recruit.trainingItems('Accueil des publics en situation de précarité')).toHaveCount(
    1,
  );
  expect(await outboxNames(page)).toEqual([
    'step.setDone',
    'step.setDone',
    'step.setDone',
    'training.record',
    'milestone.submit',
  ]);
});

test('offline right after her first sign-in, before the app is stored for offline use, the recruit opens her steps and tabs', async ({
  browser,
}) => {
  // No service worker at all: what opens offline is what the page itself loaded.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const recruit = new RecruitPages(page);
  await new LoginPage(page).open();
  await new LoginPage(page).logIn(demo.recruit.email);
  await recruit.waitForPath();
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);
  await recruit.findStep(() => Promise.resolve(true));
  await recruit.backToPath();
  for (const [tab, heading] of [
    ['Formation', 'Formation'],
    ['Mon tuteur', 'Mon tuteur'],
    ['Groupes', 'Groupes d’analyse des pratiques'],
  ] as const) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await context.close();
});

test('the recruit screens have no axe violation at 360×640', async ({ page }) => {
  const login = new LoginPage(page);
  const recruit = new RecruitPages(page);
  await login.open();
  await login.logIn(demo.recruit.email);
  await recruit.waitForPath();
  const check = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.help}`)).toEqual([]);
  };
  await check();
  await recruit.openDone();
  await check();
  await recruit.stepLinks().first().click();
  await check();
  for (const tab of ['Formation', 'Mon tuteur', 'Groupes']) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await check();
  }
});
