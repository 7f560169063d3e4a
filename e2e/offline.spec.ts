import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

test('a recruit who logged in stays in after losing the network and reloading', async ({
  page,
  context,
}) => {
  const login = new LoginPage(page);
  const home = new HomePage(page);
  await login.open();
  await login.logIn(demo.recruit.email);
  await home.expectGreeting(demo.recruit.name);
  await home.waitForServiceWorkerControl();

  await context.setOffline(true);
  await page.reload();
  await home.expectGreeting(demo.recruit.name);
  await expect(page.getByRole('status').filter({ hasText: /hors ligne/i })).toBeVisible();

  // Still in after a second reload, and the login form is nowhere.
  await page.reload();
  await home.expectGreeting(demo.recruit.name);
  await expect(login.email).toHaveCount(0);
});

test('a wrong password is refused with a message, and logout returns to the login screen', async ({
  page,
}) => {
  const login = new LoginPage(page);
  const home = new HomePage(page);
  await login.open();
  await login.logIn(demo.manager.email, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText(/incorrect/i);

  await login.logIn(demo.manager.email);
  await home.expectGreeting(demo.manager.name);
  await home.logOut();
  await expect(login.email).toBeVisible();
  await page.reload();
  await expect(login.email).toBeVisible();
});
