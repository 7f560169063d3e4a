import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

const viewports = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];

async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the login screen has no axe violation', async ({ page }) => {
      await new LoginPage(page).open();
      await expectNoAxeViolation(page);
    });

    for (const [role, account] of Object.entries(demo)) {
      test(`the ${role} home screen has no axe violation`, async ({ page }) => {
        const login = new LoginPage(page);
        await login.open();
        await login.logIn(account.email);
        await new HomePage(page).expectGreeting(account.name);
        await expectNoAxeViolation(page);
      });
    }
  });
}

test('the login screen fits 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await new LoginPage(page).open();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
