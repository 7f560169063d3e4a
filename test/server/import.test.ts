import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportCreated, ImportPreview, ImportRefusal } from '../../src/domain/import/protocol';
import { demo, login, sessionCookie, stores, useHarness } from './helpers';

const header =
  "Nom;Prénom;Courriel;Emploi;Statut;Circonscription;Date d'arrivée;Date de fin;Téléphone";
/** A line of the HR export: a recruit in Saint-Denis, her email made from `who`. */
const line = (
  who: string,
  more: Partial<Record<'status' | 'place' | 'start' | 'end', string>> = {},
) =>
  [
    who,
    'Inès',
    `${who}@cd93.fr`,
    'Assistante de service social',
    more.status ?? 'titulaire',
    more.place ?? 'Saint-Denis',
    more.start ?? '01/09/2026',
    more.end ?? '',
    '06 12 34 56 78',
  ].join(';');
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe.each(stores())('POST /api/agents/import on $name', (store) => {
  const h = useHarness(store);
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const who of ['rh', 'responsable', 'territoire', 'tuteur', 'recrue']) {
      cookies[who] = sessionCookie(await login(h.app, demo(who)));
    }
  });

  const post = (
    who: string | null,
    payload: string | Buffer,
    { dryRun = false, type = 'text/csv; charset=utf-8' } = {},
  ): Promise<LightMyRequestResponse> =>
    h.app.inject({
      method: 'POST',
      url: `/api/agents/import${dryRun ? '?dryRun=true' : ''}`,
      headers: { 'content-type': type, ...(who ? { cookie: cookies[who] } : {}) },
      payload,
    });
  const agentCount = async () =>
    (await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agents'))[0]!.n;
  /** Answers `status` with `code`, and nothing was written. */
  const refused = async (
    response: Promise<LightMyRequestResponse>,
    status: number,
    code: string,
  ) => {
    const before = await agentCount();
    const answer = await response;
    expect(answer.statusCode).toBe(status);
    const body = answer.json<ImportRefusal>();
    expect(body.error.code).toBe(code);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(await agentCount()).toBe(before);
    return body;
  };

  it('imports a file with `;`, a BOM and French dates, all in one go', async () => {
    const before = await agentCount();
    const file = `\uFEFF${csv(header, line('dupont'), line('martin', { status: 'Service civique', end: '31/08/2027' }))}`;
    const response = await post('rh', Buffer.from(file, 'utf8'));
    expect(response.statusCode).toBe(201);
    const { created } = response.json<ImportCreated>();
    expect(created.map((c) => [c.line, c.displayName, c.email])).toEqual([
      [2, 'Inès dupont', 'dupont@cd93.fr'],
      [3, 'Inès martin', 'martin@cd93.fr'],
    ]);
    expect(await agentCount()).toBe(before + 2);
    const [martin] = await h.db.query<Record<string, unknown>>(
      `SELECT roles, status, start_date::text AS start, end_date::text AS end,
              password_hash IS NULL AS "noPassword", version > 0 AS versioned
         FROM agents WHERE id = $1`,
      [created[1]!.agentId],
    );
    expect(martin).toEqual({
      roles: ['recruit'],
      status: 'civicService',
      start: '2026-09-01',
      end: '2027-08-31',
      noPassword: true,
      versioned: true,
    });
  });

  it('imports a file with `,` and ISO dates, for a manager in her circonscription', async () => {
    const file = csv(
      'Prénom,Nom,E-mail,Emploi,Statut,Circonscription,Date d’arrivée',
      'Léa,Petit,Lea.Petit@cd93.fr,"Éducatrice spécialisée, AEMO",Contractuelle,saint-denis,2026-10-05',
    );
    const response = await post('responsable', file);
    expect(response.statusCode).toBe(201);
    expect(response.json<ImportCreated>().created).toMatchObject([
      { line: 2, displayName: 'Léa Petit', email: 'lea.petit@cd93.fr' },
    ]);
  });

  it('previews each line on a dry run and writes nothing', async () => {
    const before = await agentCount();
    const response = await post(
      'rh',
      csv(header, line('preview'), line('x', { place: 'Pantin' })),
      {
        dryRun: true,
      },
    );
    expect(response.statusCode).toBe(200);
    const { lines } = response.json<ImportPreview>();
    expect(lines[0]).toMatchObject({
      line: 2,
      ok: true,
      agent: {
        email: 'preview@cd93.fr',
        circonscriptionName: 'Saint-Denis',
        startDate: '2026-09-01',
      },
    });
    expect(lines[1]).toMatchObject({
      line: 3,
      ok: false,
      problems: [{ column: 'Circonscription', code: 'unknown_circonscription' }],
      cells: { circonscription: 'Pantin' },
    });
    expect(await agentCount()).toBe(before);
  });

  it('refuses the whole file when one line is bad, naming each line and column', async () => {
    const file = csv(
      header,
      line('good'),
      line('vide').replace(/^vide;/, ';'),
      line('bad-email').replace('bad-email@cd93.fr', 'bad-email'),
      line('taken').replace('taken@cd93.fr', 'Recrue@Demo.Parcours.fr'),
      line('nowhere', { place: 'Pantin' }),
      line('status', { status: 'intérimaire' }),
      line('date', { start: '31/02/2026' }),
      line('ends', { end: '31/08/2026' }),
      line('good'),
      line('nul').replace('Assistante', 'Assist\u0000ante'),
    );
    const body = await refused(post('rh', file), 422, 'lines_refused');
    const problems = body.lines!.flatMap((l) =>
      l.ok ? [] : l.problems.map((p) => [p.line, p.column, p.code]),
    );
    expect(problems).toEqual([
      [3, 'Nom', 'required'],
      [4, 'Courriel', 'bad_email'],
      [5, 'Courriel', 'email_taken'],
      [6, 'Circonscription', 'unknown_circonscription'],
      [7, 'Statut', 'unknown_status'],
      [8, "Date d'arrivée", 'bad_date'],
      [9, 'Date de fin', 'end_before_start'],
      [10, 'Courriel', 'duplicate_in_file'],
      [11, 'Emploi', 'unstorable_text'],
    ]);
    expect(body.lines![0]).toMatchObject({ line: 2, ok: true });
  });

  it('refuses a file that is not UTF-8 (a Windows-1252 export)', async () => {
    const body = await refused(
      post('rh', Buffer.from(csv(header, line('é')), 'latin1')),
      400,
      'encoding',
    );
    expect(body.error.message).toMatch(/UTF-8/);
  });

  it('names each missing column on line 1', async () => {
    const file = csv(
      'Nom;Prénom;Emploi;Statut;Circonscription',
      'Benali;Inès;ASS;titulaire;Saint-Denis',
    );
    const body = await refused(post('rh', file), 422, 'missing_column');
    expect(body.error.field).toBe('Courriel');
    expect(body.problems?.map((p) => [p.line, p.column])).toEqual([
      [1, 'Courriel'],
      [1, "Date d'arrivée"],
    ]);
  });

  it('refuses 10,000 lines as a whole, at once', async () => {
    const file = csv(header, ...Array.from({ length: 10_000 }, (_, n) => `N${n};P;${n}@x.fr`));
    const started = Date.now();
    const body = await refused(post('rh', file), 413, 'too_many_lines');
    expect(body.error.message).toMatch(/1000/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a 5 MB body with its own clear error', async () => {
    const file = csv(header, ...Array.from({ length: 50_000 }, (_, n) => line(`agent${n}`)));
    expect(file.length).toBeGreaterThan(5_000_000);
    await refused(post('rh', file), 413, 'file_too_large');
  });

  it('keeps a manager within her circonscription, a territory manager within her territory', async () => {
    const montreuil = csv(header, line('ailleurs', { place: 'Montreuil' }));
    const sophie = await refused(post('responsable', montreuil), 422, 'lines_refused');
    expect(sophie.lines?.[0]).toMatchObject({
      ok: false,
      problems: [{ line: 2, column: 'Circonscription', code: 'unknown_circonscription' }],
    });
    await refused(post('territoire', montreuil), 422, 'lines_refused');
    const aubervilliers = csv(header, line('voisine', { place: 'Aubervilliers' }));
    expect(
      (await post('territoire', aubervilliers, { dryRun: true })).json<ImportPreview>().lines,
    ).toMatchObject([{ ok: true }]);
  });

  it.each([
    ['a recruit', 'recrue', 403, 'forbidden'],
    ['a mentor', 'tuteur', 403, 'forbidden'],
    ['nobody signed in', null, 401, 'unauthenticated'],
  ])('refuses %s', async (_, who, status, code) => {
    await refused(post(who, csv(header, line('intrus'))), status, code);
  });

  it.each([
    ['JSON', 'application/json', JSON.stringify({ file: header })],
    ['a form', 'application/x-www-form-urlencoded', 'a=b'],
  ])('refuses %s: the file comes as text/csv', async (_, type, payload) => {
    await refused(post('rh', payload, { type }), 415, 'unsupported_media_type');
  });

  it('refuses a file sent from another site', async () => {
    const response = h.app.inject({
      method: 'POST',
      url: '/api/agents/import',
      headers: { 'content-type': 'text/csv', cookie: cookies.rh!, origin: 'https://evil.example' },
      payload: csv(header, line('csrf')),
    });
    await refused(response, 403, 'cross_site');
  });

  it('refuses an empty file and an unknown option', async () => {
    await refused(post('rh', ''), 422, 'empty_file');
    const response = h.app.inject({
      method: 'POST',
      url: '/api/agents/import?dryRun=yes',
      headers: { 'content-type': 'text/csv', cookie: cookies.rh! },
      payload: csv(header, line('x')),
    });
    expect((await refused(response, 400, 'invalid')).error.field).toBe('dryRun');
  });
});
