import { chromium } from '@playwright/test';
import type { ContentItem } from '../src/domain/content/entity';
import type { Agent } from '../src/domain/organisation';
import type { BenchApi } from './app/main';
import { benchScript } from './app-bundle';
import { median, type Row } from './lib/rows';

type Loaded = typeof globalThis & { parcoursBench: BenchApi };
const ITEMS = 50;
const ROUNDS = Number(process.env.BENCH_WELCOME_ROUNDS ?? 15);
/** Fifty items, a search and three lists against a screen of a few rows: at most half as
 *  long again as the cheapest navigation of her app. */
const PEER_RATIO = 1.5;

/** 50 published items for everyone: 12 booklet pages, 8 videos, 30 sheets of a few KB of
 *  Markdown each, as a département's library might hold after a year. */
function library(updatedBy: string): ContentItem[] {
  const paragraph =
    'Avant le rendez-vous, relisez le dossier et notez les questions ouvertes. Pendant, laissez la personne dire ce qui compte pour elle. Après, écrivez le compte rendu le jour même. ';
  return Array.from({ length: ITEMS }, (_, n): ContentItem => {
    const kind = n < 12 ? 'page' : n < 20 ? 'video' : 'sheet';
    const file = (k: number, type: 'video/webm' | 'text/vtt' | 'image/jpeg') => ({
      id: `00000000-0000-4000-8000-${String(900000 + n * 10 + k).padStart(12, '0')}`,
      name: `f${n}-${k}`,
      type,
      size: 1000,
    });
    return {
      id: `00000000-0000-4000-8000-${String(800000 + n).padStart(12, '0')}`,
      kind,
      status: 'published',
      title: `${kind === 'sheet' ? 'Fiche' : kind === 'video' ? 'Témoignage' : 'Chapitre'} ${n + 1}`,
      theme:
        kind === 'sheet'
          ? ['RSA', 'Protection de l’enfance', 'Visite à domicile'][n % 3]!
          : 'Livret',
      body: `## Partie ${n + 1}\n\n${paragraph.repeat(12)}`,
      position: n,
      target: { services: [], jobs: [], statuses: [], circonscriptionIds: [] },
      step: null,
      media:
        kind === 'video'
          ? {
              video: file(1, 'video/webm'),
              poster: file(2, 'image/jpeg'),
              captions: file(3, 'text/vtt'),
              durationSeconds: 95,
            }
          : null,
      attachments: [],
      authorTeam: kind === 'sheet' ? 'Équipe SSD de Bondy' : '',
      revision: 1,
      proposedBy: null,
      updatedBy,
      updatedAt: '2026-11-01T10:00:00.000Z',
      version: 1,
    };
  });
}

/** In the page: a click on the link to `href` → `ready` holds (the screen's last part
 *  rendered), ms. */
async function openScreen([href, ready]: readonly [string, string]): Promise<number> {
  const start = performance.now();
  document.querySelector<HTMLElement>(`a[href="${href}"]`)!.click();
  await new Promise<void>((resolve) => {
    const check = () => {
      if (document.querySelector(ready)) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - start;
}

/**
 * The recruit's "Bienvenue" screen ready offline with 50 items (issue 18, item 8): her real
 * app in headless Chromium at 4× CPU (CDP), cut from the server, from a click in her
 * navigation to the sheets listed, beside the screen's own read of the same rows.
 */
export async function welcomeScreenRows(origin: string, chromiumPath: string): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByLabel('Adresse e-mail').fill('recrue@demo.parcours.fr');
    await page.getByLabel('Mot de passe').fill('Parcours-demo-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('a[href^="/etapes/"]').first().waitFor({ timeout: 30_000 });
    const agent = await page.evaluate(
      async () => (await (await fetch('/api/auth/me')).json()) as Agent,
    );
    await page.addScriptTag({ url: benchScript, type: 'module' });
    await page.waitForFunction(() => 'parcoursBench' in globalThis);
    const items = library(agent.id);
    await page.evaluate(([id, rows]) => (globalThis as Loaded).parcoursBench.putContent(id, rows), [
      agent.id,
      items,
    ] as const);
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const last = [...items]
      .filter((item) => item.kind === 'sheet')
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
      .at(-1)!.title;
    // The last sheet's link: the screen's last list, rendered.
    const welcomeReady = `.sheet-search a[href="/bienvenue/${items.find((item) => item.title === last)!.id}"]`;
    const ready: number[] = [];
    const mentor: number[] = [];
    for (let i = 0; i <= ROUNDS; i++) {
      await page.locator('a[href="/formation"]').first().click();
      await page.waitForFunction(() => location.pathname === '/formation');
      const ms = await page.evaluate(openScreen, ['/bienvenue', welcomeReady] as const);
      await page.locator('a[href="/formation"]').first().click();
      await page.waitForFunction(() => location.pathname === '/formation');
      // Her "Mon tuteur" screen, opened the same way: a screen of the same app that reads
      // a few rows, the cost of a navigation at this CPU.
      const peer = await page.evaluate(openScreen, ['/tuteur', '#meetings-title'] as const);
      if (i > 0) {
        // the first loads the screens' code
        ready.push(ms);
        mentor.push(peer);
      }
    }
    const read = await page.evaluate(
      ([a, n]) => (globalThis as Loaded).parcoursBench.welcomeReadMs(a, n),
      [agent, ROUNDS] as const,
    );
    const ours = Math.round(median(ready));
    const peer = Math.round(median(mentor));
    return [
      {
        figure: `"Bienvenue" ready offline, ${read.items} items (${ITEMS} stored), click → last sheet listed, ms (CPU 4×, median of ${ROUNDS})`,
        ours,
        peer,
        peerName: 'her "Mon tuteur" screen, opened the same way in turns',
        goal: `≤ ${PEER_RATIO}× "Mon tuteur"`,
        met: ours <= PEER_RATIO * peer,
      },
      {
        figure: '"Bienvenue": the screen’s own read of the same rows (readWelcome), ms (CPU 4×)',
        ours: Math.round(median(read.ms) * 10) / 10,
        peer: ours,
        peerName: 'the screen ready',
        goal: 'none: the floor under the render',
        met: true,
        info: true,
      },
    ];
  } finally {
    await browser.close();
  }
}
