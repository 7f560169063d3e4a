import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AgentExport } from '../../src/server/export';
import { COVERED_TABLES, EXCLUDED_TABLES } from '../../src/server/export';
import type { Queryable } from '../../src/server/store/database';
import { stores, useHarness } from './helpers';
import { mutations, push, signIn, type ErrorBody } from './sync-helpers';

/** Columns that name a person without a foreign key, and arrays of agent ids. */
const PERSON_COLUMNS = [
  'recruit_id',
  'mentor_id',
  'author_id',
  'tutor_id',
  'tutee_id',
  'manager_id',
  'facilitator_id',
];

/** Every table that holds an agent's id: the agents table itself, tables with a foreign
 *  key to it, columns named after a person, and arrays of agent ids. */
async function tablesReferringToAgents(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>(
    `SELECT c.table_name
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND (c.column_name LIKE '%agent_id' OR c.column_name = ANY($1::text[])
             OR (c.data_type = 'ARRAY'
                 AND c.column_name ~ '(agent|member|recruit|mentor|manager|tutor|tutee|author)_ids$'))
     UNION
     SELECT k.table_name
       FROM information_schema.referential_constraints r
       JOIN information_schema.key_column_usage k
         ON k.constraint_schema = r.constraint_schema AND k.constraint_name = r.constraint_name
       JOIN information_schema.key_column_usage u
         ON u.constraint_schema = r.unique_constraint_schema
        AND u.constraint_name = r.unique_constraint_name
      WHERE r.constraint_schema = current_schema() AND u.table_name = 'agents'
     UNION SELECT 'agents'
     ORDER BY 1`,
    [PERSON_COLUMNS],
  );
  return rows.map((row) => row.table_name);
}

const decided = new Set<string>([...Object.keys(COVERED_TABLES), ...Object.keys(EXCLUDED_TABLES)]);
const undecided = (tables: readonly string[]) => tables.filter((table) => !decided.has(table));

describe.each(stores())('GET /api/agents/:id/export on $name', (store) => {
  const h = useHarness(store);
  const exportOf = (id: string, cookie?: string) =>
    h.app.inject({ url: `/api/agents/${id}/export`, headers: cookie ? { cookie } : {} });
  const idOf = async (local: string) => (await signIn(h.app, local)).agent.id;

  it('gives the agent everything held about her, meeting notes included, as a download', async () => {
    const ines = await signIn(h.app, 'recrue');
    // A refusal kept for her device: the export says why the server refused it.
    await push(h.app, ines, randomUUID(), mutations(1, [{ name: 'no.such.command', args: {} }]));
    // Her waiting milestone: her mentor comments on it, her manager approves it.
    const [waiting] = await h.db.query<{ id: string }>(
      `SELECT s.id FROM steps s JOIN paths p ON p.id = s.path_id
        WHERE p.recruit_id = $1 AND s.status = 'submitted'`,
      [ines.agent.id],
    );
    const comment = { id: randomUUID(), stepId: waiting!.id, text: 'Bien préparé, bravo.' };
    const decision = { stepId: waiting!.id, decision: 'approved', comment: 'Objectifs atteints.' };
    for (const [who, name, args] of [
      ['tuteur', 'milestone.comment', comment],
      ['responsable', 'milestone.decide', decision],
    ] as const) {
      const answer = await push(
        h.app,
        await signIn(h.app, who),
        randomUUID(),
        mutations(1, [{ name, args }]),
      );
      expect(answer.results[0]?.status).toBe('applied');
    }

    const response = await exportOf(ines.agent.id, ines.cookie);

    expect(response.statusCode, response.body).toBe(200);
    const today = h.clock.now.toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="parcours-mes-donnees-${today}.json"`,
    );
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const doc = response.json<AgentExport>();
    expect(doc.askedBy).toBe('self');
    expect(doc.account).toMatchObject({
      id: ines.agent.id,
      email: 'recrue@demo.parcours.fr',
      displayName: 'Inès Benali',
      passwordSet: true,
      disabled: false,
      circonscription: expect.any(String) as unknown,
    });
    expect(doc.account.activeSessions).toBeGreaterThanOrEqual(1);
    expect(doc.account.activationCode).toEqual({
      pending: false,
      expiresAt: null,
      lastUsedAt: null,
    });
    const [path] = doc.paths;
    expect(path?.mentor).toBe('Julien Moreau');
    expect(path?.meetings).toHaveLength(3);
    expect(path?.meetings.every((m) => typeof m.notes === 'string' && m.author)).toBe(true);
    const decided = path?.steps.find((s) => s.submittedNote?.includes('Bilan préparé'));
    expect(decided).toMatchObject({
      status: 'approved',
      decision: { decision: 'approved', by: 'Sophie Lambert', comment: 'Objectifs atteints.' },
      comments: [{ author: 'Julien Moreau', text: 'Bien préparé, bravo.' }],
    });
    expect(decided?.decision?.at).toBe(h.clock.now.toISOString());
    expect(doc.equipment.find((e) => e.itemType === 'phone')).toMatchObject({
      assetTag: 'TEL-93-04127',
      status: 'delivered',
    });
    expect(doc.trainings).toHaveLength(2);
    expect(doc.practiceGroups.memberOf).toHaveLength(2);
    // Sessions by date and place, never by id.
    expect(doc.practiceGroups.attendance.length).toBeGreaterThan(0);
    for (const seen of doc.practiceGroups.attendance) {
      expect(Object.keys(seen).sort()).toEqual(['date', 'group', 'place', 'present', 'startTime']);
    }
    expect(doc.sync.devices).toBeGreaterThanOrEqual(1);
    expect(doc.sync.rejectedChanges).toEqual([
      expect.objectContaining({ mutation: 1, code: 'invalid', field: 'name' }),
    ]);
    expect(doc.sources).toEqual(Object.keys(COVERED_TABLES));
  });

  it('never carries a secret: no password hash, session, device cookie or code', async () => {
    const ines = await signIn(h.app, 'recrue');
    const rh = await signIn(h.app, 'rh');
    const asked = await h.app.inject({
      method: 'POST',
      url: `/api/agents/${ines.agent.id}/activation`,
      headers: { cookie: rh.cookie },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const { code, expiresAt } = asked.json<{ code: string; expiresAt: string }>();

    const body = (await exportOf(ines.agent.id, ines.cookie)).body;

    const secrets = await h.db.query<{ secret: string }>(
      `SELECT password_hash AS secret FROM agents WHERE id = $1
       UNION ALL SELECT id_hash FROM sessions WHERE agent_id = $1
       UNION ALL SELECT token_hash FROM device_cookies WHERE agent_id = $1
       UNION ALL SELECT code_hash FROM activation_codes WHERE agent_id = $1`,
      [ines.agent.id],
    );
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const { secret } of [...secrets, { secret: code }]) expect(body).not.toContain(secret);
    expect(body).not.toContain(ines.cookie.split('=')[1]);
    const doc = JSON.parse(body) as AgentExport;
    expect(doc.account.activationCode).toMatchObject({ pending: true, expiresAt });
    expect(doc.account.rememberedDevices).toBeGreaterThanOrEqual(1);
  });

  it('gives the HR admin the dates of the meetings, not what was said', async () => {
    const rh = await signIn(h.app, 'rh');
    const response = await exportOf(await idOf('recrue'), rh.cookie);

    expect(response.statusCode, response.body).toBe(200);
    const doc = response.json<AgentExport>();
    expect(doc.askedBy).toBe('hr');
    const meetings = doc.paths[0]?.meetings ?? [];
    expect(meetings).toHaveLength(3);
    for (const meeting of meetings) expect(Object.keys(meeting).sort()).toEqual(['author', 'date']);
    expect(response.body).not.toContain('Premier point');
  });

  it('tells a mentor what she did on her mentees’ paths, without their content', async () => {
    const julien = await signIn(h.app, 'tuteur');
    const doc = (await exportOf(julien.agent.id, julien.cookie)).json<AgentExport>();

    expect(doc.mentoring.map((m) => m.recruit)).toContain('Inès Benali');
    expect(doc.meetingsLogged.filter((m) => m.recruit === 'Inès Benali')).toHaveLength(3);
    expect(doc.commentsWritten).toEqual([
      expect.objectContaining({ recruit: 'Inès Benali', step: expect.any(String) as unknown }),
    ]);
    const body = JSON.stringify(doc);
    expect(body).not.toContain('Premier point');
    expect(body).not.toContain('Bien préparé');

    const sophie = await signIn(h.app, 'responsable');
    const hers = (await exportOf(sophie.agent.id, sophie.cookie)).json<AgentExport>();
    expect(hers.decisionsMade).toContainEqual(
      expect.objectContaining({
        recruit: 'Inès Benali',
        decision: 'approved',
        by: 'Sophie Lambert',
      }),
    );
    expect(hers.responsibilities.managedCirconscriptions.length).toBeGreaterThan(0);
  });

  it.each([
    ['a recruit asking for someone else', 'recrue', 'tuteur'],
    ['a manager asking for her recruit', 'responsable', 'recrue'],
    ['a mentor asking for her mentee', 'tuteur', 'recrue'],
    ['a territory manager', 'territoire', 'recrue'],
  ])('refuses %s: 403 naming id', async (_case, asker, target) => {
    const { cookie } = await signIn(h.app, asker);
    const response = await exportOf(await idOf(target), cookie);

    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error).toMatchObject({ code: 'forbidden', field: 'id' });
  });

  it('refuses an unknown id to a manager as any other (403), and tells HR it is unknown (404)', async () => {
    const unknown = randomUUID();
    const manager = await signIn(h.app, 'responsable');
    expect((await exportOf(unknown, manager.cookie)).statusCode).toBe(403);

    const response = await exportOf(unknown, (await signIn(h.app, 'rh')).cookie);
    expect(response.statusCode).toBe(404);
    expect(response.json<ErrorBody>().error).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it.each(['not-a-uuid', '1234', `${randomUUID()}x`])(
    'answers 400 naming id for the malformed id %s',
    async (bad) => {
      const { cookie } = await signIn(h.app, 'recrue');
      const response = await exportOf(bad, cookie);

      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().error).toMatchObject({ code: 'invalid', field: 'id' });
    },
  );

  it('answers 401 without a session', async () => {
    expect((await exportOf(await idOf('recrue'))).statusCode).toBe(401);
  });

  it('covers, or deliberately leaves out, every table that holds an agent id', async () => {
    const tables = await tablesReferringToAgents(h.db);
    // The detection itself finds what is known to be there (a test that cannot fail is none).
    expect(tables).toEqual(expect.arrayContaining(['agents', 'paths', 'meetings', 'sessions']));
    expect(tables).toContain('practice_groups');

    expect(undecided(tables), 'add each to COVERED_TABLES or EXCLUDED_TABLES').toEqual([]);
    // Every table named in the lists exists: a renamed one must be named again.
    const [row] = await h.db.query<{ missing: string[] }>(
      `SELECT coalesce(array_agg(name), ARRAY[]::text[]) AS missing
         FROM unnest($1::text[]) name
        WHERE NOT EXISTS (SELECT 1 FROM information_schema.tables t
                           WHERE t.table_schema = current_schema() AND t.table_name = name)`,
      [[...decided]],
    );
    expect(row!.missing).toEqual([]);
  });

  it('would fail for a table added without a decision', async () => {
    await h.db.exec(`CREATE TABLE scratch_notes (id uuid PRIMARY KEY,
      written_by uuid REFERENCES agents (id));
      CREATE TABLE scratch_lists (id uuid PRIMARY KEY, member_ids text[] NOT NULL)`);
    try {
      expect(undecided(await tablesReferringToAgents(h.db))).toEqual([
        'scratch_lists',
        'scratch_notes',
      ]);
    } finally {
      await h.db.exec('DROP TABLE scratch_notes; DROP TABLE scratch_lists');
    }
  });
});
