import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { demo } from './demo-accounts';
import { LoginPage } from './pages/login-page';
import { RecruitPages } from './pages/recruit-pages';
import { SyncBar } from './pages/sync-bar';

// A server of this test's own, on a database kept on disk, so that it can be killed in the
// middle of a push and started again on the same data.
const port = Number(process.env.E2E_RESTART_PORT ?? 8183);
const origin = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parcours-e2e-'));

let running: ChildProcess | undefined;

async function startServer(): Promise<ChildProcess> {
  // A server left listening there (an earlier run) would answer in this one's place.
  if (await healthy()) throw new Error(`port ${port} is already in use`);
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PARCOURS_DATA_DIR: dataDir,
      // The build the suite's own servers serve (playwright.config.ts).
      PARCOURS_STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  running = server;
  server.once('exit', () => {
    if (running === server) running = undefined;
  });
  await waitForHealth(server);
  return server;
}

const healthy = () =>
  fetch(`${origin}/api/health`).then(
    (response) => response.ok,
    () => false,
  );

async function waitForHealth(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    if (await healthy()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

test.afterAll(() => {
  running?.kill('SIGKILL'); // a failed run must not leave its server behind
  rmSync(dataDir, { recursive: true, force: true });
});

test('the server dies during a push: after its restart nothing is lost and nothing doubled', async ({
  browser,
}) => {
  let server = await startServer();
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  const recruit = new RecruitPages(page);
  await new LoginPage(page).open();
  await new LoginPage(page).logIn(demo.recruit.email);
  await recruit.waitForPath();
  await page.waitForLoadState('networkidle'); // her screens' code has loaded (screens.ts)

  await context.setOffline(true);
  const ticked = [await recruit.markNextStepDone([])];
  await recruit.recordTraining('Droits des usagers', '0,5 jour');

  // The push reaches the server, which commits it; then the server dies before answering.
  // The engine retries by itself: pushes after the first meet a dead server.
  let killed = false;
  await page.route('**/api/sync/push', async (route) => {
    if (killed) return route.abort('connectionrefused');
    killed = true;
    const response = await route.fetch();
    expect(response.status()).toBe(200);
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    await route.abort('connectionreset');
  });
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(page.getByText('Le serveur est injoignable')).toBeVisible({ timeout: 20_000 });
  await page.unroute('**/api/sync/push');
  await new SyncBar(page).expectPending(2);

  server = await startServer();
  await new SyncBar(page).syncAndSettle();
  await page.goto('/formation');
  await expect(recruit.trainingItems('Droits des usagers')).toHaveCount(1);

  // A fresh device of hers pulls exactly one such record from the server.
  const witness = await browser.newContext({ baseURL: origin });
  const witnessPage = await witness.newPage();
  await new LoginPage(witnessPage).open();
  await new LoginPage(witnessPage).logIn(demo.recruit.email);
  await new RecruitPages(witnessPage).waitForPath();
  await witnessPage.goto('/formation');
  await expect(new RecruitPages(witnessPage).trainingItems('Droits des usagers')).toHaveCount(1);
  await witnessPage.goto(ticked[0]!);
  await expect(witnessPage.getByRole('button', { name: 'Marquer comme à faire' })).toBeVisible();

  await witness.close();
  await context.close();
  server.kill('SIGTERM');
});
