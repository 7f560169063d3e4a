import { stepDigests } from '../../src/domain/figures/step-digest';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';
import { addDaysIso } from '../../src/domain/dates';
import type { Path, Step, Training, Tutoring } from '../../src/domain/entities';
import type { Agent, Circonscription, Interim, Territory } from '../../src/domain/organisation';
import { actorOf } from '../../src/domain/permissions';
import type { Delegation } from '../../src/domain/entities';
import {
  bonusesCsvRows,
  bonusLedger,
  progressCsvRows,
  progressReport,
  reportScope,
  trainingDaysCsvRows,
  trainingDaysReport,
  type ReportRows,
} from '../../src/domain/reports';
import { stores, useHarness } from './helpers';
import {
  mutations,
  pullAll,
  push,
  rowsOf,
  signIn,
  type ErrorBody,
  type Session,
} from './sync-helpers';

// Issue 15: the CSV endpoints answer for the caller's scope only, refuse bad input by name,
// write CSV as French offices open it, and give the numbers her device computes from its pull.
describe.each(stores())('the report endpoints, on $name', (store) => {
  const h = useHarness(store);
  const today = () => h.clock.now.toISOString().slice(0, 10);
  const year = () => Number(today().slice(0, 4));
  const thisMonth = () => today().slice(0, 7);

  const get = (url: string, session?: Session) =>
    h.app.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });

  /** The file's lines, BOM dropped, each split into its cells (no cell here holds a `;`). */
  const table = (body: string) =>
    body
      .slice(1)
      .split('\r\n')
      .slice(0, -1)
      .map((line) => line.split(';'));

  const agentId = async (local: string) =>
    (
      await h.db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
        `${local}@demo.parcours.fr`,
      ])
    )[0]!.id;
  const circonscriptionId = async (name: string) =>
    (
      await h.db.query<{ id: string }>('SELECT id FROM circonscriptions WHERE name = $1', [name])
    )[0]!.id;

  // What the demo lacks: an intérim over the end of last month and the start of this one
  // (Thomas Girard covers Saint-Denis, Sophie Lambert's circonscription, for six days); a
  // leaver (Camille Dubois left five days ago); a recruit whose home moved while her path
  // stayed (Lucas Martin, now of Aubervilliers, his path in Saint-Denis).
  beforeAll(async () => {
    const rh = await signIn(h.app, 'rh');
    const thomas = await signIn(h.app, 'thomas.girard');
    const first = `${thisMonth()}-01`;
    const interim = {
      id: randomUUID(),
      managerId: thomas.agent.id,
      circonscriptionId: await circonscriptionId('Saint-Denis'),
      from: addDaysIso(first, -3),
      until: addDaysIso(first, 2),
    };
    const leaver = { agentId: await agentId('camille.dubois'), endDate: addDaysIso(today(), -5) };
    const moved = {
      agentId: await agentId('lucas.martin'),
      circonscriptionId: await circonscriptionId('Aubervilliers'),
    };
    const answer = await push(
      h.app,
      rh,
      randomUUID(),
      mutations(1, [
        { name: 'interim.record', args: interim },
        { name: 'agent.update', args: leaver },
        { name: 'agent.update', args: moved },
      ]),
    );
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  describe('scope', () => {
    it.each([
      // [who, circonscriptions her lines may name]
      ['rh', ['', 'Saint-Denis', 'Aubervilliers', 'Saint-Ouen', 'Montreuil', 'Bobigny']],
      ['territoire', ['Saint-Denis', 'Aubervilliers', 'Saint-Ouen']],
      ['responsable', ['Saint-Denis']],
      ['aicha.diallo', ['Montreuil', 'Bobigny']],
    ])('%s: training days of her scope only', async (who, allowed) => {
      const response = await get(
        `/api/reports/training-days.csv?year=${year()}`,
        await signIn(h.app, who),
      );
      expect(response.statusCode, response.body).toBe(200);
      const [header, ...lines] = table(response.body);
      const at = header!.indexOf('Circonscription');
      const seen = new Set(lines.map((line) => line[at]));
      expect([...seen].sort()).toEqual([...allowed].sort());
    });

    it('gives a manager her circonscription’s agents, no one else', async () => {
      const response = await get(
        `/api/reports/training-days.csv?year=${year()}`,
        await signIn(h.app, 'responsable'),
      );
      const names = table(response.body)
        .slice(1)
        .map((line) => line[0]);
      expect(names).toEqual(
        expect.arrayContaining(['Inès Benali', 'Lucas Martin', 'Julien Moreau', 'Sophie Lambert']),
      );
      expect(names).not.toContain('Camille Dubois');
      expect(names).not.toContain('Nathalie Roux');
    });

    it('counts a recruit where each one’s device sees her: the path, else her home', async () => {
      const url = `/api/reports/training-days.csv?year=${year()}`;
      const lucas = async (who: string) =>
        table((await get(url, await signIn(h.app, who))).body).find((l) => l[0] === 'Lucas Martin');
      // Sophie sees his path (Saint-Denis); Thomas sees only his agent row (Aubervilliers).
      expect((await lucas('responsable'))?.[3]).toBe('Saint-Denis');
      expect((await lucas('thomas.girard'))?.[3]).toBe('Aubervilliers');
    });

    it('prorates a leaver’s target to her last day', async () => {
      const url = `/api/reports/training-days.csv?year=${year()}`;
      const lines = table((await get(url, await signIn(h.app, 'thomas.girard'))).body);
      const camille = lines.find((line) => line[0] === 'Camille Dubois')!;
      expect(camille[8]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(Number(camille[11]!.replace(',', '.'))).toBeLessThan(5);
    });

    it('shows an intérim to the covered circonscription’s manager, not to another', async () => {
      const url = `/api/reports/bonuses.csv?month=${thisMonth()}`;
      const sophie = table((await get(url, await signIn(h.app, 'responsable'))).body);
      const aicha = table((await get(url, await signIn(h.app, 'aicha.diallo'))).body);
      const interims = (lines: string[][]) => lines.filter((line) => line[3] === 'Intérim');
      expect(interims(sophie).map((line) => [line[1], line[4], line[8]])).toEqual([
        ['Thomas Girard', 'Saint-Denis', '3'],
      ]);
      expect(interims(aicha)).toEqual([]);
      // Bobigny's civic-service volunteer: 50 € a month, for Montreuil and Bobigny's manager.
      expect(aicha.some((line) => line[4] === 'Rayane Mansouri' && line[10] === '50')).toBe(true);
    });

    it.each(['training-days.csv?year=2026', 'bonuses.csv?year=2026', 'progress.csv'])(
      'refuses %s to a mentor and to a recruit (403), and to a stranger (401)',
      async (path) => {
        for (const who of ['tuteur', 'recrue']) {
          const response = await get(`/api/reports/${path}`, await signIn(h.app, who));
          expect(response.statusCode).toBe(403);
          expect(response.json<ErrorBody>().error.code).toBe('forbidden');
        }
        expect((await get(`/api/reports/${path}`)).statusCode).toBe(401);
      },
    );
  });

  describe('bad input', () => {
    const next = () => year() + 1;
    it.each([
      ['training-days.csv', 'year'],
      ['training-days.csv?year=', 'year'],
      ['training-days.csv?year=abcd', 'year'],
      ['training-days.csv?year=26', 'year'],
      ['training-days.csv?year=2026.5', 'year'],
      ['training-days.csv?year=1999', 'year'],
      ['training-days.csv?year=NEXT_PLUS_ONE', 'year'],
      ['training-days.csv?year=2026&year=2025', 'year'],
      ['training-days.csv?year=%00', 'year'],
      ['training-days.csv?year=2026&circonscription=Saint-Denis', 'circonscription'],
      ['bonuses.csv', 'month'],
      ['bonuses.csv?month=2026-13', 'month'],
      ['bonuses.csv?month=2026-00', 'month'],
      ['bonuses.csv?month=2026-1', 'month'],
      ['bonuses.csv?month=1999-12', 'month'],
      ['bonuses.csv?month=NEXT_PLUS_ONE-01', 'month'],
      ['bonuses.csv?year=abcd', 'year'],
      ['bonuses.csv?year=1999', 'year'],
      ['bonuses.csv?month=2026-03&year=2026', 'year'],
      ['bonuses.csv?month=2026-03&territory=x', 'territory'],
      ['progress.csv?year=2026', 'year'],
      ['progress.csv?circonscription=00000000-0000-4000-8000-000000000000', 'circonscription'],
    ])('%s → 400 naming %s', async (path, field) => {
      const url = `/api/reports/${path.replace('NEXT_PLUS_ONE', String(next() + 1))}`;
      const response = await get(url, await signIn(h.app, 'rh'));
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error).toMatchObject({ code: 'invalid', field });
    });

    it('answers next year, the last one allowed', async () => {
      const url = `/api/reports/training-days.csv?year=${next()}`;
      expect((await get(url, await signIn(h.app, 'rh'))).statusCode).toBe(200);
    });
  });

  describe('the file', () => {
    it.each([
      ['training-days.csv?year=2026', 'jours-de-formation-2026.csv', 'Agent;Courriel;Territoire;'],
      ['bonuses.csv?month=2026-03', 'primes-2026-03.csv', 'Mois;Bénéficiaire;Courriel;Motif;'],
      ['bonuses.csv?year=2026', 'primes-2026.csv', 'Mois;Bénéficiaire;'],
      ['progress.csv', 'avancement-TODAY.csv', 'Niveau;Territoire;Circonscription;'],
    ])(
      '%s: UTF-8 with a BOM, ;, CRLF, a French header, an attachment',
      async (path, name, header) => {
        const response = await get(`/api/reports/${path}`, await signIn(h.app, 'rh'));
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename="${name.replace('TODAY', today())}"`,
        );
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect(response.body.slice(1).startsWith(header)).toBe(true);
        expect(response.body.endsWith('\r\n')).toBe(true);
        expect(response.body.replace(/\r\n/g, '')).not.toMatch(/\n/);
      },
    );
  });

  describe('the device and the server give the same numbers', () => {
    /** What her device holds after a full pull, and the scope her device computes. */
    async function device(session: Session) {
      const changes = (await pullAll(h.app, session, randomUUID())).flatMap((p) => p.changes);
      const rows = {
        territories: rowsOf(changes, 'territory') as Territory[],
        circonscriptions: rowsOf(changes, 'circonscription') as Circonscription[],
        agents: rowsOf(changes, 'agent') as Agent[],
        paths: rowsOf(changes, 'path') as Path[],
        stepDigests: stepDigests(rowsOf(changes, 'step') as Step[]),
        trainings: rowsOf(changes, 'training') as Training[],
        tutorings: rowsOf(changes, 'tutoring') as Tutoring[],
        interims: rowsOf(changes, 'interim') as Interim[],
      } satisfies ReportRows;
      const actor = actorOf({
        agentId: session.agent.id,
        roles: session.agent.roles,
        circonscriptions: rows.circonscriptions,
        territories: rows.territories,
        delegations: rowsOf(changes, 'delegation') as Delegation[],
        interims: rows.interims,
        today: today(),
      });
      const scope = reportScope(actor, rows.circonscriptions);
      if (!scope) throw new Error('no report scope');
      return { rows, scope };
    }

    it.each(['responsable', 'territoire', 'rh', 'thomas.girard'])(
      '%s: each CSV, line by line, as her device writes it from her pull',
      async (who) => {
        const session = await signIn(h.app, who);
        const { rows, scope } = await device(session);
        const now = h.clock.now.toISOString();
        const expected: [string, string][] = [
          [
            `training-days.csv?year=${year()}`,
            toCsv(trainingDaysCsvRows(trainingDaysReport(rows, year(), scope, today()))),
          ],
          [
            `bonuses.csv?month=${thisMonth()}`,
            toCsv(bonusesCsvRows(bonusLedger(rows, { month: thisMonth() }, scope))),
          ],
          [
            `bonuses.csv?year=${year()}`,
            toCsv(bonusesCsvRows(bonusLedger(rows, { year: year() }, scope))),
          ],
          ['progress.csv', toCsv(progressCsvRows(progressReport(rows, scope, today(), now)))],
        ];
        // Her pull carries the names a ledger prints (her tutees' tutors, the managers on
        // intérim over her circonscriptions): her device writes the server's very file.
        for (const [path, file] of expected) {
          const response = await get(`/api/reports/${path}`, session);
          expect(response.statusCode).toBe(200);
          expect(response.body.split('\r\n'), path).toEqual(file.split('\r\n'));
        }
        for (const [path, file] of expected) {
          expect(file.split('\r\n').length, `${path} has lines`).toBeGreaterThan(2);
        }
      },
    );
  });
});
