import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadActor, type UserDb } from '../../src/db';
import { toCsv } from '../../src/domain/csv';
import { todayIso, yearOf } from '../../src/domain/dates';
import type { Agent } from '../../src/domain/organisation';
import {
  reportScope,
  trainingDaysCsvRows,
  trainingDaysReport,
  type TrainingDaysLine,
} from '../../src/domain/reports';
import reportsFr from '../../locales/fr/reports.json';
import { agents } from './agents';
import { openAsSupervisor } from './supervisor-fixture';

// uPlot draws on a canvas jsdom lacks: a stand-in records what it was asked to draw.
const drawn = vi.hoisted(() => [] as unknown[][]);
vi.mock('uplot', () => ({
  default: class {
    static paths = { bars: () => () => null };
    constructor(_options: unknown, data: unknown[]) {
      drawn.push(data);
    }
    setSize() {}
    destroy() {}
  },
}));

/** A lazy screen's first render is transformed on demand: slower on a loaded machine. */
const slow = { timeout: 5_000 };
const today = todayIso(new Date());
const year = yearOf(today);

// Another territory, circonscription and agent: outside the demo manager's scope.
const elsewhere = {
  territory: '3c0b6a52-1f1e-4d0a-8a51-4f0e1d2c3b99',
  circonscription: '7d1f4a4e-0a40-4d38-9a0c-3b7f6f1b2c99',
};
const camille: Agent = {
  ...agents.recruit,
  id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a99',
  email: 'camille.petit@demo.parcours.fr',
  displayName: 'Camille Petit',
  roles: ['recruit'],
  status: 'apprentice',
  circonscriptionId: elsewhere.circonscription,
  startDate: `${year}-01-02`,
};

async function addElsewhere(db: UserDb) {
  await db.territory.put({
    id: elsewhere.territory,
    name: 'Territoire Ouest',
    managerIds: [],
    version: 1,
  });
  await db.circonscription.put({
    id: elsewhere.circonscription,
    territoryId: elsewhere.territory,
    name: 'Circonscription de Pantin',
    service: 'ASE',
    managerIds: [],
    version: 1,
  });
  await db.agent.put(camille);
  await db.training.put({
    id: '8c3fa041-bd5e-4f70-a182-9cadbe1f2099',
    agentId: camille.id,
    date: `${year}-01-20`,
    title: 'Protection de l’enfance',
    provider: 'CNFPT',
    days: 2,
    version: 1,
  });
}

/** The report the domain computes over the rows this device holds, for its signed-in actor. */
async function expectedLines(db: UserDb, agent: Agent): Promise<TrainingDaysLine[]> {
  const [territories, circonscriptions, all, paths, trainings] = await Promise.all([
    db.territory.toArray(),
    db.circonscription.toArray(),
    db.agent.toArray(),
    db.path.toArray(),
    db.training.toArray(),
  ]);
  const scope = reportScope(await loadActor(db, agent), circonscriptions);
  if (!scope) throw new Error('no report scope');
  const rows = { territories, circonscriptions, agents: all, paths, trainings };
  return trainingDaysReport(rows, year, scope, today);
}

const agentsTable = () =>
  screen.findByRole(
    'table',
    { name: `Jours de formation ${year} par agent, les agents en retard d’abord` },
    slow,
  );

/** Each body row's cells, as the screen shows them. */
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads one). */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });

const number = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });

describe('the training-days report', () => {
  it('shows the manager her circonscription’s agents only, with the domain’s figures', async () => {
    const { db } = await openAsSupervisor(agents.manager, '/rapports/formation', addElsewhere);
    const table = await agentsTable();
    const lines = await expectedLines(db, agents.manager);
    expect(lines.map((line) => line.displayName)).not.toContain(camille.displayName);
    expect(cellsOf(table)).toEqual(
      lines.map((line) => [
        line.displayName,
        line.circonscription,
        number.format(line.days),
        number.format(line.target),
        number.format(line.shortfall),
        number.format(line.forecast),
        reportsFr.trainingDays.standings[line.standing],
      ]),
    );
    expect(within(table).getByText('Inès Benali')).toBeTruthy();
    expect(screen.getByText('Périmètre : Circonscription de Bondy.')).toBeTruthy();
    // The chart is drawn from the groups' figures, hidden from screen readers, and its
    // caption points to the table holding the same numbers.
    const groups = screen.getByRole('table', {
      name: `Jours de formation ${year} par circonscription`,
    });
    expect(within(groups).getByText('Circonscription de Bondy')).toBeTruthy();
    await waitFor(() => expect(drawn.at(-1)?.[1]).toEqual([lines.reduce((s, l) => s + l.days, 0)]));
    const link = screen.getByRole('link', { name: /Les mêmes chiffres, dans le tableau/ });
    expect(link.getAttribute('href')).toBe('#training-groups');
    expect(document.querySelector('.report-chart__plot')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('builds the CSV on the device: BOM, semicolons, the French header, the domain’s lines', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, '/rapports/formation');
    await agentsTable();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Télécharger (CSV)' }));
    expect(names).toEqual([`jours-de-formation-${year}.csv`]);
    const said = screen.getByText(`Fichier jours-de-formation-${year}.csv créé sur cet appareil.`);
    expect(said.getAttribute('role')).toBe('status');
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(
      /^\uFEFFAgent;Courriel;Territoire;Circonscription;Service;/,
    );
    expect(text).toBe(toCsv(trainingDaysCsvRows(await expectedLines(db, agents.manager))));
    // Built here: it asked the server nothing.
    const asked = vi
      .mocked(fetch)
      .mock.calls.map(([input]) => (typeof input === 'string' ? input : ''));
    expect(asked.filter((url) => url.includes('/api/reports'))).toEqual([]);
  });

  it('keeps the year and the grouping in the URL', async () => {
    const { user, router } = await openAsSupervisor(
      agents.manager,
      '/rapports/formation?by=status',
    );
    const groups = await screen.findByRole(
      'table',
      { name: `Jours de formation ${year} par statut` },
      slow,
    );
    expect(within(groups).getByText('Titulaire')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Regrouper par'), 'job');
    await waitFor(() => expect(router.state.location.search).toBe('?by=job'));
    await user.selectOptions(screen.getByLabelText('Année'), String(year + 1));
    await waitFor(() => expect(router.state.location.search).toBe(`?by=job&year=${year + 1}`));
    expect(
      await screen.findByRole('table', {
        name: new RegExp(`^Jours de formation ${year + 1} par agent`),
      }),
    ).toBeTruthy();
  });

  it('counts the trainings of the year asked for, read by their date', async () => {
    await openAsSupervisor(agents.admin, `/rapports/formation?year=${year + 1}`, async (device) => {
      await addElsewhere(device);
      await device.training.put({
        id: '8c3fa041-bd5e-4f70-a182-9cadbe1f2100',
        agentId: camille.id,
        date: `${year + 1}-01-10`,
        title: 'Écrits professionnels',
        provider: 'CNFPT',
        days: 1.5,
        version: 2,
      });
    });
    const table = await screen.findByRole(
      'table',
      { name: `Jours de formation ${year + 1} par agent, les agents en retard d’abord` },
      slow,
    );
    const row = cellsOf(table).find((cells) => cells[0] === camille.displayName)!;
    // Next year's 1.5 days only: this year's 2 are not hers to count then.
    expect(row[2]).toBe(number.format(1.5));
  });

  it('shows HR the whole département, and narrows it by territory in the URL', async () => {
    const { db, user, router } = await openAsSupervisor(
      agents.admin,
      '/rapports/formation',
      addElsewhere,
    );
    const table = await agentsTable();
    expect(within(table).getByText('Camille Petit')).toBeTruthy();
    expect(within(table).getByText('Inès Benali')).toBeTruthy();
    expect(cellsOf(table).map((cells) => cells[0])).toEqual(
      (await expectedLines(db, agents.admin)).map((line) => line.displayName),
    );
    expect(screen.getByText('Périmètre : tout le département.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Territoire'), elsewhere.territory);
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?territory=${elsewhere.territory}`),
    );
    await waitFor(() => expect(within(table).queryByText('Inès Benali')).toBeNull());
    expect(within(table).getByText('Camille Petit')).toBeTruthy();
  });

  it.each([
    ['a recruit', agents.recruit],
    ['a mentor', agents.mentor],
  ])('sends %s home', async (_, agent) => {
    const { router } = await openAsSupervisor(agent, '/rapports/formation');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), slow);
    expect(screen.queryByRole('link', { name: 'Rapports' })).toBeNull();
  });
});

describe('the reports’ other screens', () => {
  it('lists the three reports, from the manager’s navigation', async () => {
    const { user, router } = await openAsSupervisor(agents.manager, '/');
    await user.click(await screen.findByRole('link', { name: 'Rapports' }, slow));
    await screen.findByRole('heading', { level: 1, name: 'Rapports' }, slow);
    await user.click(screen.getByRole('link', { name: 'Primes de tutorat et d’intérim' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rapports/indemnites'));
  });

  it('shows the bonuses of a year, a line per person per month with the month’s total', async () => {
    await openAsSupervisor(agents.admin, `/rapports/indemnites?year=${year}`, async (db) => {
      await addElsewhere(db);
      await db.tutoring.put({
        id: '9d4fb152-ce6f-4081-b293-adbecf203099',
        tutorId: agents.mentor.id,
        tuteeId: camille.id,
        tuteeStatus: 'apprentice',
        from: `${year}-03-01`,
        until: `${year}-03-31`,
        version: 1,
      });
    });
    const lines = await screen.findByRole(
      'table',
      { name: 'Primes dues, par personne et par mois' },
      slow,
    );
    const march = within(lines).getByRole('rowheader', { name: 'Julien Moreau' }).closest('tr')!;
    expect(march.textContent).toContain('Camille Petit');
    expect(march.textContent).toMatch(/100,00\s€/);
    const totals = screen.getByRole('table', { name: 'Total des primes par mois' });
    expect(within(totals).getAllByRole('row')).toHaveLength(13);
    expect(screen.getByLabelText('Période')).toHaveProperty('value', 'year');
  });

  it('shows progress per circonscription and territory, and arrivals against the plan', async () => {
    await openAsSupervisor(agents.admin, '/rapports/avancement');
    const table = await screen.findByRole(
      'table',
      { name: 'Avancement des recrues, par circonscription et territoire' },
      slow,
    );
    expect(within(table).getByRole('rowheader', { name: 'Circonscription de Bondy' })).toBeTruthy();
    expect(
      within(table).getByRole('rowheader', { name: 'Territoire Territoire Est' }),
    ).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Maintien en poste à 6 et 12 mois' })).toBeTruthy();
  });
});
