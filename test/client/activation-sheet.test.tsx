import { screen, waitFor, within } from '@testing-library/react';
import { create } from 'qrcode';
import { describe, expect, it, vi } from 'vitest';
import { qrPath } from '../../src/ui/admin/QrCode';
import { idsOf } from '../../src/ui/activation/ActivationSheetsScreen';
import { agents } from './agents';
import { apiError, goOffline, json, stubNetwork } from './network';
import { expectHeading } from './render-app';
import { openAsSupervisor } from './supervisor-fixture';

const CODE = '7KQM-X3PD-RW';
const EXPIRES = '2026-03-12T12:00:00.000Z';
const ines = agents.recruit;
const askUrl = `POST /api/agents/${ines.id}/activation`;
const title = 'Activation du compte de Inès Benali';
const askButton = () => screen.getByRole('button', { name: 'Demander un code d’activation' });

/** The supervisor's network once her screen is open: the code endpoint answers. */
function codeEndpoint(answer: () => Response) {
  return stubNetwork({ 'GET /api/auth/me': () => json(200, agents.admin), [askUrl]: answer });
}
const issued = () => json(201, { code: CODE, expiresAt: EXPIRES, url: `/activer#code=${CODE}` });

describe("an agent's activation screen", () => {
  it("shows the code, its expiry and a QR code of the page's absolute link, and prints", async () => {
    const { user } = await openAsSupervisor(agents.admin, `/equipe/${ines.id}/activation`);
    await expectHeading(title);
    const requests = codeEndpoint(issued);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});

    await user.click(askButton());

    const sheet = await screen.findByRole('article', { name: 'Bienvenue, Inès Benali' });
    expect(within(sheet).getByText(CODE)).toBeTruthy();
    expect(
      within(sheet).getByText(/Valable une seule fois, jusqu’au jeudi 12 mars 2026/),
    ).toBeTruthy();
    const link = new URL(`/activer#code=${CODE}`, window.location.origin).href;
    expect(
      within(sheet).getByText(new RegExp(`${window.location.origin}/activer et saisissez`)),
    ).toBeTruthy();
    const qr = within(sheet).getByRole('img', { name: /QR code qui ouvre la page d’activation/ });
    const { modules } = create(link, { errorCorrectionLevel: 'M' });
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(
      qrPath(modules.size, (row, column) => modules.get(row, column) === 1),
    );
    expect(requests).toContain(askUrl);

    await user.click(screen.getByRole('button', { name: 'Imprimer la fiche d’accueil' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Demander un nouveau code' })).toBeTruthy();
  });

  it.each([
    [404, 'not_found', /n’existe pas ou ne fait pas partie de votre périmètre/],
    [409, 'agent_disabled', /Ce compte est désactivé/],
    [500, 'internal', /erreur inattendue/],
  ])('explains a %i %s in the alert region', async (status, code, message) => {
    const { user } = await openAsSupervisor(agents.admin, `/equipe/${ines.id}/activation`);
    await expectHeading(title);
    codeEndpoint(() => apiError(status, code));
    await user.click(askButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('says plainly, offline, that a code needs a connection, and offers it back online', async () => {
    const { user } = await openAsSupervisor(agents.admin, `/equipe/${ines.id}/activation`);
    await expectHeading(title);
    goOffline();
    expect(await screen.findByText(/Demander un code nécessite une connexion/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Demander un code d’activation' })).toBeNull();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    codeEndpoint(issued);
    await user.click(await screen.findByRole('button', { name: 'Demander un code d’activation' }));
    expect(await screen.findByText(CODE)).toBeTruthy();
  });

  it('asks HR for the code of a mentor, even one of her circonscription', async () => {
    await openAsSupervisor(agents.manager, `/equipe/${agents.mentor.id}/activation`, (db) =>
      db.agent.put(agents.mentor).then(() => undefined),
    );
    await expectHeading('Activation du compte de Julien Moreau');
    expect(screen.getByText(/Seules les ressources humaines/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Demander un code d’activation' })).toBeNull();
  });

  it('is no page for a mentor: she goes home', async () => {
    const { router } = await openAsSupervisor(agents.mentor, `/equipe/${ines.id}/activation`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), { timeout: 5_000 });
    expect(screen.queryByRole('heading', { name: title })).toBeNull();
  });
});

describe('the welcome sheets of many agents', () => {
  const nora = { agentId: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a09', displayName: 'Nora Belkacem' };
  const sheetOf = (agent: { agentId: string; displayName: string }, code: string) => ({
    ...agent,
    code,
    expiresAt: EXPIRES,
    url: `/activer#code=${code}`,
  });

  it('prepares one sheet per agent on a click, then prints them', async () => {
    const ids = [ines.id, nora.agentId];
    const { user } = await openAsSupervisor(agents.admin, `/equipe/fiches?ids=${ids.join(',')}`);
    await expectHeading('Fiches d’accueil');
    expect(screen.getByText(/pour chacun des 2 agents/)).toBeTruthy();
    const bodies: unknown[] = [];
    stubNetwork({
      'POST /api/agents/activations': (init) => {
        bodies.push(JSON.parse(init?.body as string));
        return json(201, {
          activations: [
            sheetOf({ agentId: ines.id, displayName: ines.displayName }, CODE),
            sheetOf(nora, 'ACDE-FHJK-MN'),
          ],
        });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Préparer les fiches' }));
    expect(await screen.findByRole('article', { name: 'Bienvenue, Nora Belkacem' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Bienvenue, Inès Benali' })).toBeTruthy();
    expect(bodies).toEqual([{ agentIds: ids }]);
    expect(screen.getByRole('button', { name: 'Imprimer les fiches' })).toBeTruthy();
  });

  it.each([
    ['', []],
    ['a, b', null],
    [`${ines.id}, ${ines.id.toUpperCase()},`, [ines.id]],
  ])('reads ?ids=%j as %j', (param, ids) => {
    expect(idsOf(param)).toEqual(ids);
  });

  it('says when the address names no agent', async () => {
    await openAsSupervisor(agents.admin, '/equipe/fiches?ids=not-an-id');
    await expectHeading('Fiches d’accueil');
    expect(screen.getByText(/ne désigne aucun agent/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Préparer les fiches' })).toBeNull();
  });
});

describe('qrPath', () => {
  it.each([
    [3, [[1, 1, 0]], 'M4 4h2v1h-2z'],
    [3, [[1, 0, 1]], 'M4 4h1v1h-1zM6 4h1v1h-1z'],
    [
      2,
      [
        [0, 0],
        [0, 1],
      ],
      'M5 5h1v1h-1z',
    ],
  ])('draws a %i-module symbol %j as %s', (size, rows, path) => {
    expect(qrPath(size, (row, column) => rows[row]?.[column] === 1)).toBe(path);
  });
});
