import { expect, test, type Page } from '@playwright/test';
import { demo } from './demo-accounts';
import { expectNoAxeViolation, sidewaysOverflow } from './pages/checks';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { RecruitPages } from './pages/recruit-pages';
import { SyncBar } from './pages/sync-bar';

/** A two-second WebM made in the browser itself (a canvas recorded by MediaRecorder): the
 *  test's own tiny video, nothing downloaded. */
async function recordVideo(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(100);
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const draw = () => {
        const t = performance.now() - started;
        context.fillStyle = `hsl(${Math.round(t / 10) % 360} 60% 40%)`;
        context.fillRect(0, 0, 160, 90);
        if (t < 2000) requestAnimationFrame(draw);
        else resolve();
      };
      draw();
    });
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  });
  return Buffer.from(bytes);
}

const captions = `WEBVTT

00:00:00.000 --> 00:00:02.000
Bonjour, je suis Samia.
`;

const stamp = Date.now().toString(36);
const pageTitle = `Les horaires de la circonscription ${stamp}`;
const videoTitle = `Ma première semaine ${stamp}`;

/** Nothing scrolls sideways at this size, nor on the narrowest phones (RGAA 10.11). */
async function noSidewaysScroll(page: Page, viewport: { width: number; height: number }) {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 320, height: 568 });
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize(viewport);
}

async function logIn(page: Page, email: string, name: string) {
  await new LoginPage(page).open();
  await new LoginPage(page).logIn(email);
  await new HomePage(page).expectGreeting(name);
}

// Issue 18, end to end: the HR admin publishes a page and a captioned video; the recruit
// syncs, keeps the video on her phone, goes offline, reads the page and plays the video.
test('the HR admin publishes a page and a video; offline, the recruit reads one and plays the other', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await logIn(page, demo.admin.email, demo.admin.name);
  await page.goto('/contenus/nouveau');
  const form = page.getByRole('main');
  await form.getByLabel('Titre', { exact: true }).fill(pageTitle);
  await form.getByLabel('Thème', { exact: true }).fill('Livret d’accueil');
  await form
    .getByLabel('Texte (Markdown)')
    .fill(
      '## Horaires\n\nDu lundi au vendredi, 8 h 30 – 17 h.\n\n<script>window.hacked = 1</script>',
    );
  await form.getByRole('button', { name: 'Aperçu' }).click();
  await expect(
    form
      .getByRole('region', { name: 'Aperçu du texte' })
      .getByRole('heading', { name: 'Horaires' }),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/contenus\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText(`« ${pageTitle} » publié.`)).toBeVisible();

  const video = await recordVideo(page);
  await page.goto('/contenus/nouveau');
  await form.getByLabel('Type de contenu').selectOption('video');
  await form.getByLabel('Titre', { exact: true }).fill(videoTitle);
  await form.getByLabel('Thème', { exact: true }).fill('Témoignages métier');
  // An executable named like a film is refused by its content, not its name.
  await form.getByLabel(/^Fichier vidéo/).setInputFiles({
    name: 'film.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.from('MZ\x90\x00 not a film'),
  });
  await expect(form.getByText(/n’est pas du type attendu/)).toBeVisible();
  await form
    .getByLabel(/^Fichier vidéo/)
    .setInputFiles({ name: 'semaine.webm', mimeType: 'video/webm', buffer: video });
  await expect(form.getByText(/semaine\.webm envoyé/)).toBeVisible();
  await form.getByLabel('Sous-titres (WebVTT)').setInputFiles({
    name: 'bad.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from('00:00 --> 00:01\nNope'),
  });
  await expect(form.getByText(/Sous-titres invalides, ligne 1, colonne 1/)).toBeVisible();
  await form
    .getByLabel('Sous-titres (WebVTT)')
    .setInputFiles({ name: 'semaine.vtt', mimeType: 'text/vtt', buffer: Buffer.from(captions) });
  await expect(form.getByText(/semaine\.vtt envoyé/)).toBeVisible();
  await form.getByLabel('Durée (secondes)').fill('2');
  await form
    .getByLabel('Transcription de la vidéo (Markdown)')
    .fill('Samia : « Bonjour, je suis Samia. »');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/\/contenus\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText(`« ${videoTitle} » publié.`)).toBeVisible();
  await new SyncBar(page).syncAndSettle();
  await new HomePage(page).logOut();

  await logIn(page, demo.recruit.email, demo.recruit.name);
  await new RecruitPages(page).waitForPath();
  await new HomePage(page).waitForServiceWorkerControl();
  await page
    .getByRole('navigation', { name: 'Mon espace' })
    .getByRole('link', { name: 'Bienvenue' })
    .click();
  await page.getByRole('link', { name: videoTitle }).click();
  // Without a network the download fails cleanly: nothing half-kept, the button offered again.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Enregistrer sur l’appareil' }).click();
  await expect(page.getByRole('alert')).toContainText('La connexion a été perdue');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Enregistrer sur l’appareil' }).click();
  await expect(page.getByText(/^Enregistré sur l’appareil/)).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  // A reload without network: the app, her data and the kept film come from the device.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: videoTitle })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Mon espace' })
    .getByRole('link', { name: 'Bienvenue' })
    .click();
  await page.getByRole('link', { name: pageTitle }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Horaires' })).toBeVisible();
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  await page.goBack();
  await page.getByRole('link', { name: videoTitle }).click();
  const player = page.locator('video');
  await expect(player).toBeVisible();
  // Muted, the browser lets a test start it; the bytes come from the device's cache.
  const advanced = await player.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, 800));
    return element.currentTime;
  });
  expect(advanced).toBeGreaterThan(0);
  const track = await player.evaluate((element: HTMLVideoElement) => element.textTracks[0]?.mode);
  expect(track).toBe('showing');
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`the welcome screens have no axe violation at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await logIn(page, demo.recruit.email, demo.recruit.name);
    await page.goto('/bienvenue');
    await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Livret d’accueil' }).getByRole('link').first(),
    ).toBeVisible();
    await expectNoAxeViolation(page, 'welcome');
    await noSidewaysScroll(page, viewport);
    await page.getByRole('link', { name: /Ma première visite à domicile/ }).click();
    await expect(page.locator('video')).toBeVisible();
    await expectNoAxeViolation(page, 'welcome item');
    await noSidewaysScroll(page, viewport);
    await new HomePage(page).logOut();

    await logIn(page, demo.admin.email, demo.admin.name);
    await page.goto('/contenus');
    await expect(page.getByRole('heading', { level: 1, name: 'Contenus d’accueil' })).toBeVisible();
    await expectNoAxeViolation(page, 'content list');
    await page.goto('/contenus/nouveau');
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau contenu' })).toBeVisible();
    await expectNoAxeViolation(page, 'content editor');
    await noSidewaysScroll(page, viewport);
  });
}
