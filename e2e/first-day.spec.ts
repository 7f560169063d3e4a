import { expect, test, type Browser } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { deploymentAdmin } from './demo-accounts';
import { ActivatePage, ActivationScreen } from './pages/activation-pages';
import { AdminPages } from './pages/admin-pages';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { SyncBar } from './pages/sync-bar';

// Issue 14 (b): the first day of a real deployment. The server runs with PARCOURS_DEMO=0 on
// an empty database where `admin:create` made the only account (playwright.config.ts). The
// HR admin sets up a territory, a circonscription, its manager and a recruit; the manager
// activates her account on her own device and starts the recruit's path; the recruit
// activates hers on her phone and finds that path.

const manager = { email: 'a.moreau@departement.fr', name: 'Agnès Moreau' };
const recruit = { email: 'y.benaissa@departement.fr', name: 'Yasmine Benaïssa' };

async function activate(browser: Browser, code: string, name: string, phone: boolean) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 360, height: 640 } } : { viewport: { width: 1280, height: 800 } },
  );
  const page = await context.newPage();
  const activation = new ActivatePage(page);
  await activation.open(code);
  await activation.choosePassword(`${name.split(' ')[0]} commence lundi à Pantin`);
  await new HomePage(page).expectGreeting(name);
  return { context, page };
}

test('from an empty database to a recruit signed in on her phone', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(deploymentAdmin.email, deploymentAdmin.password);
  await new HomePage(page).expectGreeting(deploymentAdmin.name);

  const admin = new AdminPages(page);
  await admin.createTerritory('Est Ensemble');
  const managerId = await admin.createAccount({
    ...manager,
    role: 'Responsable de circonscription',
    job: 'Responsable de circonscription',
    status: 'Titulaire',
    circonscription: 'Aucune (service RH, responsable de territoire)',
    startDate: '2020-09-01',
  });
  await admin.createCirconscription('Est Ensemble', 'Pantin', 'SSD', [manager.name]);
  const start = format(addDays(new Date(), 7), 'yyyy-MM-dd');
  const recruitId = await admin.createAccount({
    ...recruit,
    role: 'Recrue',
    job: 'Assistante de service social',
    status: 'Contractuel·le',
    circonscription: 'Pantin (SSD)',
    startDate: start,
  });
  // A code is asked of the server: what was made on this device must be there first.
  await new SyncBar(page).syncAndSettle();

  const codes = new ActivationScreen(page);
  await codes.open(managerId, manager.name);
  const managerCode = await codes.askForCode(manager.name);

  const desk = await activate(browser, managerCode, manager.name, false);
  await desk.page.getByRole('link', { name: 'Créer un parcours' }).click();
  await expect(
    desk.page.getByRole('heading', { level: 1, name: 'Créer un parcours' }),
  ).toBeVisible();
  const option = desk.page.getByRole('option', { name: new RegExp(recruit.name) });
  await desk.page.getByLabel('Recrue').selectOption((await option.getAttribute('value')) ?? '');
  await expect(desk.page.getByRole('heading', { name: /Aperçu : \d+ étapes/ })).toBeVisible();
  await desk.page.getByRole('button', { name: 'Créer le parcours' }).click();
  await expect(desk.page.getByRole('heading', { level: 1, name: recruit.name })).toBeVisible();
  await new SyncBar(desk.page).syncAndSettle();

  // Her manager asks her code (a manager may, for the recruits of her circonscription).
  const managerCodes = new ActivationScreen(desk.page);
  await managerCodes.open(recruitId, recruit.name);
  const recruitCode = await managerCodes.askForCode(recruit.name);
  await desk.context.close();

  const phone = await activate(browser, recruitCode, recruit.name, true);
  await expect(phone.page.getByText(/0 étapes sur \d+ faites/)).toBeVisible();
  await phone.context.close();
});
