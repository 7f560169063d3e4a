import { expect, test, type Browser } from '@playwright/test';
import { demo } from './demo-accounts';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { SupervisorPages } from './pages/supervisor-pages';
import { SyncBar } from './pages/sync-bar';

const nora = { email: 'nora.belkacem@demo.parcours.fr', name: 'Nora Belkacem' };

async function signIn(browser: Browser, account: { email: string; name: string }, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(account.email);
  const home = new HomePage(page);
  await home.expectGreeting(account.name);
  return { context, page, home, sync: new SyncBar(page), screens: new SupervisorPages(page) };
}

test('the manager, offline, starts a newcomer’s path with a mentor and hands her a phone; the recruit acknowledges it', async ({
  browser,
}) => {
  const manager = await signIn(browser, demo.manager);
  await manager.screens.dashboard();
  await manager.home.waitForServiceWorkerControl();
  await manager.context.setOffline(true);

  await manager.page.getByRole('link', { name: 'Créer un parcours' }).click();
  await expect(
    manager.page.getByRole('heading', { level: 1, name: 'Créer un parcours' }),
  ).toBeVisible();
  const option = manager.page.getByRole('option', { name: /Nora Belkacem/ });
  await manager.page.getByLabel('Recrue').selectOption((await option.getAttribute('value')) ?? '');
  await expect(manager.page.getByRole('heading', { name: /Aperçu : \d+ étapes/ })).toBeVisible();
  await manager.page.getByLabel('Tuteur').selectOption({ label: demo.mentor.name });
  await manager.page.getByRole('button', { name: 'Créer le parcours' }).click();
  await expect(manager.page.getByRole('heading', { level: 1, name: nora.name })).toBeVisible();
  await expect(manager.page.getByText(`Tuteur : ${demo.mentor.name}`)).toBeVisible();
  await manager.screens.moveEquipment(/téléphone/i, 'Commandé');
  await manager.screens.moveEquipment(/téléphone/i, 'Livré');
  await manager.sync.expectPending(3);

  await manager.context.setOffline(false);
  await manager.sync.syncAndSettle();

  const recruit = await signIn(browser, nora, 360);
  const phone = recruit.page.getByRole('link', { name: /téléphone/i }).first();
  await phone.click();
  await recruit.page.getByRole('button', { name: /J’ai reçu ce matériel/ }).click();
  await recruit.sync.syncAndSettle();

  await manager.sync.syncAndSettle();
  await manager.screens.unfold('Fait');
  await expect(
    manager.screens
      .step(/téléphone/i)
      .first()
      .getByText('Reçu', { exact: true }),
  ).toBeVisible();
  await manager.context.close();
  await recruit.context.close();
});

test('the mentor logs a meeting offline; the recruit reads it, the manager sees only its date', async ({
  browser,
}) => {
  const mentor = await signIn(browser, demo.mentor, 360);
  await mentor.screens.openRecruit(demo.recruit.name);
  await mentor.home.waitForServiceWorkerControl();
  await mentor.context.setOffline(true);
  const note = `Point du ${Date.now()} : premières visites à domicile bien préparées.`;
  const meetings = mentor.page.getByRole('region', { name: 'Entretiens avec le tuteur' });
  await meetings.getByLabel(/Notes/).fill(note);
  await meetings.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(meetings.getByText(note)).toBeVisible();
  await mentor.context.setOffline(false);
  await mentor.sync.syncAndSettle();

  const recruit = await signIn(browser, demo.recruit, 360);
  await recruit.page.getByRole('link', { name: 'Mon tuteur' }).click();
  await expect(recruit.page.getByText(note)).toBeVisible({ timeout: 20_000 });

  const manager = await signIn(browser, demo.manager);
  await manager.screens.openRecruit(demo.recruit.name);
  const seen = manager.page.getByRole('region', { name: 'Entretiens avec le tuteur' });
  await expect(seen.getByRole('listitem').first()).toBeVisible();
  await expect(manager.page.getByText(note)).toHaveCount(0);
  for (const who of [mentor, recruit, manager]) await who.context.close();
});

test('the manager delegates to another manager for today, who approves her recruit’s milestone', async ({
  browser,
}) => {
  const manager = await signIn(browser, demo.manager);
  await manager.screens.nav('Délégations');
  await manager.page.getByLabel('À qui').selectOption({ label: 'Thomas Girard' });
  await manager.page.getByRole('button', { name: 'Déléguer' }).click();
  await expect(manager.page.getByText(/À Thomas Girard, du/)).toBeVisible();
  await manager.sync.syncAndSettle();

  const delegate = await signIn(browser, {
    email: 'thomas.girard@demo.parcours.fr',
    name: 'Thomas Girard',
  });
  await delegate.screens.nav('Validations');
  const card = delegate.page.getByRole('listitem').filter({ hasText: demo.recruit.name }).filter({
    hasText: 'Par délégation de Sophie Lambert',
  });
  await expect(card.first()).toBeVisible({ timeout: 20_000 });
  await card.first().getByLabel('Commentaire').fill('Validé en l’absence de Sophie Lambert.');
  await card.first().getByRole('button', { name: 'Valider' }).click();
  await expect(delegate.page.getByRole('status').filter({ hasText: 'validé' })).toBeVisible();
  await delegate.sync.syncAndSettle();
  for (const who of [manager, delegate]) await who.context.close();
});

test('every supervisor screen opens after a reload with no network', async ({ browser }) => {
  const manager = await signIn(browser, demo.manager);
  await manager.screens.openRecruit(demo.recruit.name);
  const recruitPage = new URL(manager.page.url()).pathname;
  await manager.home.waitForServiceWorkerControl();
  await manager.context.setOffline(true);
  for (const [path, heading] of [
    ['/', /Bonjour/],
    [recruitPage, demo.recruit.name],
    ['/validations', 'Validations'],
    ['/delegations', 'Délégations'],
    ['/parcours/nouveau', 'Créer un parcours'],
  ] as const) {
    await manager.page.goto(path);
    await expect(manager.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await manager.context.close();
});
