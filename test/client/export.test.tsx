import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agents } from './agents';
import { apiError, goOffline, json, stubNetwork } from './network';
import { openAsRecruit } from './recruit-fixture';
import { openAccountMenu } from './render-app';
import { openAsSupervisor } from './supervisor-fixture';

const exportUrl = (id: string) => `GET /api/agents/${id}/export`;
const FILE = 'parcours-mes-donnees-2026-06-15.json';

/** The export as the server answers it: a JSON attachment. */
const exportAnswer = () =>
  new Response(JSON.stringify({ format: 'parcours-export/1' }), {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      'Content-Disposition': `attachment; filename="${FILE}"`,
    },
  });

/** What the browser was asked to save: the links clicked, with their file names. */
let saved: { download: string; href: string }[];

beforeEach(() => {
  saved = [];
  // jsdom neither makes object URLs nor saves files: record what would be saved.
  URL.createObjectURL = () => 'blob:export';
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ download: this.download, href: this.getAttribute('href') ?? '' });
  });
});

/** The account menu's panel, opened. */
async function openMenu(user: Parameters<typeof openAccountMenu>[0]) {
  await openAccountMenu(user);
  return screen.getByRole('button', { name: 'Mes données' });
}

describe('"Mes données" in the account menu', () => {
  it('downloads her export, with her session, under the server’s file name', async () => {
    const { user } = await openAsRecruit('/');
    const requests = stubNetwork({
      'GET /api/auth/me': () => json(200, agents.recruit),
      [exportUrl(agents.recruit.id)]: exportAnswer,
    });

    await user.click(await openMenu(user));

    expect(await screen.findByText(`Fichier ${FILE} téléchargé.`)).toBeTruthy();
    expect(requests).toContain(exportUrl(agents.recruit.id));
    const init = vi
      .mocked(fetch)
      .mock.calls.find(([url]) => typeof url === 'string' && url.endsWith('/export'))?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(saved).toEqual([{ download: FILE, href: 'blob:export' }]);
  });

  it('says plainly offline that it needs a connection, and asks nothing', async () => {
    const { user } = await openAsRecruit('/');
    const requests = stubNetwork({ 'GET /api/auth/me': () => json(200, agents.recruit) });
    goOffline();

    const button = await openMenu(user);
    const status = screen.getByText(/L’export des données demande une connexion/);
    expect(status.getAttribute('role')).toBe('status');
    await user.click(button);

    expect(requests.filter((r) => r.endsWith('/export'))).toEqual([]);
    expect(saved).toEqual([]);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it.each([
    [401, 'unauthenticated', 'Votre session a expiré'],
    [500, 'internal', 'Le serveur est injoignable'],
  ])('explains a %i answer and saves nothing', async (status, code, words) => {
    const { user } = await openAsRecruit('/');
    stubNetwork({
      'GET /api/auth/me': () => json(200, agents.recruit),
      [exportUrl(agents.recruit.id)]: () => apiError(status, code),
    });

    const button = await openMenu(user);
    await user.click(button);

    // The sync bar may say the server is unreachable too: read the export's own status line.
    const menu = button.parentElement as HTMLElement;
    await waitFor(() =>
      expect(within(menu).getByRole('status').textContent).toMatch(new RegExp(words)),
    );
    expect(saved).toEqual([]);
  });

  it('speaks English after the language switch', async () => {
    const { user } = await openAsRecruit('/');
    await openAccountMenu(user);
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('button', { name: 'My data' })).toBeTruthy();
  });
});

describe('"Exporter ses données" on an account page', () => {
  it('lets the HR admin download the agent’s export', async () => {
    const { user } = await openAsSupervisor(agents.admin, `/equipe/${agents.recruit.id}`);
    stubNetwork({
      'GET /api/auth/me': () => json(200, agents.admin),
      [exportUrl(agents.recruit.id)]: exportAnswer,
    });
    const panel = await screen.findByRole('region', { name: 'Compte' }, { timeout: 5_000 });

    await user.click(within(panel).getByRole('button', { name: 'Exporter ses données' }));

    await waitFor(() => expect(saved).toEqual([{ download: FILE, href: 'blob:export' }]));
  });

  it('is not offered to a manager', async () => {
    await openAsSupervisor(agents.manager, `/equipe/${agents.recruit.id}`);
    await screen.findByRole('region', { name: 'Compte' }, { timeout: 5_000 });

    expect(screen.queryByRole('button', { name: 'Exporter ses données' })).toBeNull();
  });
});
