import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { expectNoAxeViolation, sidewaysOverflow } from './pages/checks';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { RecruitPages } from './pages/recruit-pages';

// Issue 17: the centre is computed on the device, so it opens offline from the synced rows.
test('offline, the recruit finds her late steps in her reminders, each opening its step', async ({
  page,
  context,
}) => {
  const home = new HomePage(page);
  await new LoginPage(page).open();
  await new LoginPage(page).logIn(demo.recruit.email);
  await home.expectGreeting(demo.recruit.name);
  await new RecruitPages(page).waitForPath();
  await home.waitForServiceWorkerControl();

  await context.setOffline(true);
  // The home's place counts what she has not seen in the centre yet.
  const place = page.getByRole('link', { name: 'Mon parcours', exact: true });
  await expect(place).toHaveAttribute('aria-describedby', /.+/);
  const describedBy = await place.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/^\d+ rappels? non lus?$/);
  await page.goto('/rappels');
  await expect(page.getByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
  const late = page.getByRole('main').getByRole('link', { name: /» : en retard de \d+ jours$/ });
  await expect(late.first()).toBeVisible();
  const count = await late.count();
  await expect(place).not.toHaveAttribute('aria-describedby');

  const item = late.first().locator('xpath=ancestor::li[1]');
  await item.getByRole('button', { name: 'Masquer' }).click();
  await expect(page.getByText('Rappel masqué sur tous vos appareils.')).toBeVisible();
  await expect(late).toHaveCount(count - 1);
  await page.reload();
  await expect(late).toHaveCount(count - 1);
  if (count > 1) {
    await late.first().click();
    await expect(page).toHaveURL(/\/etapes\//);
    await expect(page.getByRole('button', { name: 'Ajouter à mon agenda' })).toBeVisible();
  }
});

test('the manager’s home tells her which milestone has waited too long, and opens her approvals', async ({
  page,
}) => {
  await new LoginPage(page).open();
  await new LoginPage(page).logIn(demo.manager.email);
  await new HomePage(page).expectGreeting(demo.manager.name);
  const panel = page.getByRole('region', { name: /^Rappels/ });
  const waiting = panel.getByRole('link', {
    name: /^Inès Benali — « .+ » attend une décision depuis 6 jours$/,
  });
  await expect(waiting).toBeVisible({ timeout: 20_000 });
  await waiting.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Validations');
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`the reminders’ centre has no axe violation at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await new LoginPage(page).open();
    await new LoginPage(page).logIn(demo.recruit.email);
    await new RecruitPages(page).waitForPath();
    await page.goto('/rappels');
    await expect(page.getByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Masquer' }).first()).toBeVisible();
    await expectNoAxeViolation(page, 'reminders');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // And nothing scrolls sideways on the narrowest phones (RGAA 10.11).
    await page.setViewportSize({ width: 320, height: 568 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
}
