import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { ImportCreated, ImportLine, ImportPreview } from '../../src/domain/import/protocol';
import { agents } from './agents';
import { json, goOffline, stubNetwork } from './network';
import { findHeading, openAsRecruit } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

const url = '/api/agents/import';
const saintDenis = agents.recruit.circonscriptionId!;
const header = "Nom;Prénom;Courriel;Emploi;Statut;Circonscription;Date d'arrivée";
const file = (size?: number) =>
  new File([size ? 'x'.repeat(size) : `${header}\r\nBenali;Inès;...\r\n`], 'arrivees.csv', {
    type: 'text/csv',
  });

const ready = (line: number, name: string, email: string): ImportLine => ({
  line,
  ok: true,
  agent: {
    displayName: name,
    email,
    job: 'Assistante de service social',
    status: 'civilServant',
    circonscriptionId: saintDenis,
    circonscriptionName: 'Saint-Denis',
    startDate: '2026-09-01',
    endDate: null,
    phone: null,
  },
});
const refused: ImportLine = {
  line: 3,
  ok: false,
  problems: [
    { line: 3, column: 'Circonscription', code: 'unknown_circonscription', message: 'unknown' },
    { line: 3, column: 'Courriel', code: 'duplicate_in_file', message: 'same', otherLine: 2 },
  ],
  cells: {
    displayName: 'Marc Durand',
    email: 'x@cd93.fr',
    circonscription: 'Pantin',
    startDate: '01/09/2026',
  },
};
/** Structure only (jsdom has no layout): names, labels, ARIA, lists, headings, tables. */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** The requests to the import endpoint, the sync engine's aside. */
const imports = (requests: string[]) => requests.filter((request) => request.includes(url));
const preview =
  (...lines: ImportLine[]) =>
  () =>
    json(200, { lines } satisfies ImportPreview);

async function openImport(agent = agents.admin) {
  const app = await openAsSupervisor(agent, '/equipe/import');
  await findHeading('Importer des arrivées');
  return app;
}
const chooseFile = async (user: Awaited<ReturnType<typeof openImport>>['user'], chosen = file()) =>
  user.upload(screen.getByLabelText('Fichier CSV des arrivées'), chosen);
const table = () =>
  screen.findByRole('table', { name: 'Vérification ligne par ligne' }, { timeout: 5_000 });

describe('importing arrivals', () => {
  it('offers a model with the expected headers, then previews each line without importing', async () => {
    const { user } = await openImport();
    const model = screen.getByRole('link', { name: 'Télécharger le modèle (CSV)' });
    expect(model.getAttribute('download')).toBe('modele-arrivees.csv');
    expect(decodeURIComponent(model.getAttribute('href')!)).toContain(header);
    const requests = stubNetwork({
      [`POST ${url}?dryRun=true`]: preview(ready(2, 'Inès Benali', 'ines@cd93.fr'), refused),
    });
    await chooseFile(user);
    const rows = within(await table()).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Inès Benali');
    expect(rows[1]!.textContent).toContain('1 septembre 2026');
    expect(rows[1]!.textContent).toContain('Prête');
    expect(
      within(rows[2]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Circonscription : circonscription inconnue ou hors de votre périmètre',
      'Courriel : même adresse qu’à la ligne 2',
    ]);
    expect(screen.getByRole('heading', { name: '1 ligne prête, 1 refusée' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    expect(imports(requests)).toEqual([`POST ${url}?dryRun=true`]);
    expect(await violations()).toEqual([]);
  });

  it('imports when every line is ready, then offers the activation sheets', async () => {
    const { user } = await openImport(agents.manager);
    const chosen = file();
    const created: ImportCreated['created'] = [
      {
        line: 2,
        agentId: '6b1f0000-0000-4000-8000-000000000001',
        displayName: 'Inès Benali',
        email: 'ines@cd93.fr',
      },
      {
        line: 3,
        agentId: '6b1f0000-0000-4000-8000-000000000002',
        displayName: 'Marc Durand',
        email: 'marc@cd93.fr',
      },
    ];
    const sent = vi.fn((_init: RequestInit | undefined) => json(201, { created }));
    stubNetwork({
      [`POST ${url}?dryRun=true`]: preview(
        ready(2, 'Inès Benali', 'ines@cd93.fr'),
        ready(3, 'Marc Durand', 'marc@cd93.fr'),
      ),
      [`POST ${url}`]: sent,
    });
    await chooseFile(user, chosen);
    await table();
    expect(screen.getByRole('heading', { name: '2 lignes prêtes' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await findHeading('2 personnes importées', 2)).toBeTruthy();
    expect(sent.mock.calls[0]![0]!.body).toBe(chosen);
    const print = screen.getByRole('link', { name: 'Imprimer les fiches d’activation' });
    expect(print.getAttribute('href')).toBe(
      `/equipe/fiches?ids=${created.map((c) => c.agentId).join(',')}`,
    );
    const list = screen.getByRole('table', { name: 'Personnes créées' });
    expect(
      within(list)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Inès Benali', 'Marc Durand']);
    expect(await violations()).toEqual([]);
  });

  it('names the missing columns of a file refused as a whole, on the field', async () => {
    const { user } = await openImport();
    stubNetwork({
      [`POST ${url}?dryRun=true`]: () =>
        json(422, {
          error: { code: 'missing_column', message: 'missing', field: 'Courriel' },
          problems: [
            { line: 1, column: 'Courriel', code: 'missing_column', message: 'missing' },
            { line: 1, column: "Date d'arrivée", code: 'missing_column', message: 'missing' },
          ],
        }),
    });
    await chooseFile(user);
    const field = screen.getByLabelText('Fichier CSV des arrivées');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getByText(/Colonnes absentes de l’en-tête \(ligne 1\) : Courriel, Date d'arrivée\./),
    ).toBeTruthy();
  });

  it('refuses a file over 1 MiB without sending it', async () => {
    const { user } = await openImport();
    const requests = stubNetwork({});
    await chooseFile(user, file(1_048_576 + 4));
    expect(await screen.findByText(/Le fichier dépasse 1 Mio/)).toBeTruthy();
    expect(imports(requests)).toEqual([]);
  });

  it('says plainly that the import needs a connection, and offers it again when online', async () => {
    const { user } = await openImport();
    const requests = stubNetwork({
      [`POST ${url}?dryRun=true`]: preview(ready(2, 'Inès Benali', 'ines@cd93.fr')),
    });
    goOffline();
    expect(await screen.findByText(/L’import a besoin d’une connexion/)).toBeTruthy();
    await chooseFile(user);
    const check = screen.getByRole('button', { name: 'Vérifier le fichier' });
    expect(check.hasAttribute('disabled')).toBe(true);
    expect(imports(requests)).toEqual([]);

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText(/La connexion est revenue/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    expect(await table()).toBeTruthy();
    expect(imports(requests)).toEqual([`POST ${url}?dryRun=true`]);
  });

  it('shows the lines refused between the check and the import; nothing was imported', async () => {
    const { user } = await openImport();
    stubNetwork({
      [`POST ${url}?dryRun=true`]: preview(ready(2, 'Inès Benali', 'ines@cd93.fr')),
      [`POST ${url}`]: () =>
        json(422, {
          error: { code: 'lines_refused', message: 'refused' },
          lines: [
            {
              ...refused,
              line: 2,
              problems: [{ line: 2, column: 'Courriel', code: 'email_taken', message: 'taken' }],
            },
          ],
        }),
    });
    await chooseFile(user);
    await table();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5_000 })).textContent).toMatch(
      /rien n’a été importé/,
    );
    await waitFor(() =>
      expect(screen.getByText('Courriel : adresse déjà utilisée par un compte')).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
  });

  it('is not a recruit’s page', async () => {
    const { router } = await openAsRecruit('/equipe/import');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
