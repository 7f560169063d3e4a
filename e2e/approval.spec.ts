import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { SupervisorPages } from './pages/supervisor-pages';
import { LoginPage } from './pages/login-page';
import { RecruitPages } from './pages/recruit-pages';
import { SyncBar } from './pages/sync-bar';

test('a review asked offline is approved offline, and the recruit sees the decision', async ({
  browser,
}) => {
  // The recruit, on her phone.
  const recruitContext = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const recruitPage = await recruitContext.newPage();
  const recruit = new RecruitPages(recruitPage);
  await new LoginPage(recruitPage).open();
  await new LoginPage(recruitPage).logIn(demo.recruit.email);
  await recruit.waitForPath();
  await new HomePage(recruitPage).waitForServiceWorkerControl();
  await recruit.waitForPath();

  await recruitContext.setOffline(true);
  const milestone = await recruit.askForReview('Mes trois premières visites sont faites.');
  const ticked: string[] = [];
  for (let i = 0; i < 2; i++) ticked.push(await recruit.markNextStepDone(ticked));
  await new SyncBar(recruitPage).expectPending(3);
  await recruitContext.setOffline(false);
  await new SyncBar(recruitPage).syncAndSettle();
  await recruitPage.goto(milestone);
  const title = (await recruitPage.getByRole('heading', { level: 1 }).textContent()) ?? '';

  // Her manager, on a laptop, approves it with no network.
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const managerPage = await managerContext.newPage();
  await new LoginPage(managerPage).open();
  await new LoginPage(managerPage).logIn(demo.manager.email);
  await new HomePage(managerPage).expectGreeting(demo.manager.name);
  await new SupervisorPages(managerPage).nav('Validations');
  const card = managerPage
    .getByRole('listitem')
    .filter({ has: managerPage.getByRole('heading', { name: title }) })
    .filter({ hasText: demo.recruit.name });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await new HomePage(managerPage).waitForServiceWorkerControl();
  await expect(card).toBeVisible();

  await managerContext.setOffline(true);
  await card.getByLabel('Commentaire').fill('Bravo, bilan complet.');
  await card.getByRole('button', { name: 'Valider' }).click();
  await expect(managerPage.getByRole('status').filter({ hasText: 'validé' })).toBeVisible();
  await new SyncBar(managerPage).expectPending(1);
  await managerContext.setOffline(false);
  await new SyncBar(managerPage).syncAndSettle();

  // Back on the recruit's phone.
  await new SyncBar(recruitPage).syncAndSettle();
  await recruitPage.goto(milestone);
  await expect(recruitPage.getByText('Validé').first()).toBeVisible();
  await expect(recruitPage.getByText('Bravo, bilan complet.')).toBeVisible();

  await recruitContext.close();
  await managerContext.close();
});

test('the manager and mentor homes have no axe violation', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const account of [demo.manager, demo.mentor, demo.territoryManager]) {
    await new LoginPage(page).open();
    await new LoginPage(page).logIn(account.email);
    await new HomePage(page).expectGreeting(account.name);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${account.email} ${v.id}: ${v.help}`)).toEqual([]);
    await new HomePage(page).logOut();
  }
});
