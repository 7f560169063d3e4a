import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/domain/commands';
import { isStorableText, unstorableTextAt } from '../../src/domain/text';
import { stores, useHarness } from './helpers';
import { post, signIn, type Session } from './sync-helpers';

/** Text PostgreSQL cannot store, always among the draws, beside any UTF-16 at all. */
const nasty = ['\u0000', '\uD800', '\uDC00', 'a\u0000b', 'x\uDBFFy', '\uDFFF\uD800'];
const anyText = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map((text) => `${text}\u0000`),
);
const names = [...commands.keys()];

/** Where the text goes: the command's name, a key of its arguments, or a value. */
const corruption = fc.record({
  command: fc.constantFrom(...names),
  by: fc.constantFrom('recrue', 'rh'),
  place: fc.constantFrom('name', 'newKey', 'renamedKey', 'value', 'nestedValue'),
  pick: fc.nat(),
  text: anyText,
});

const runs = process.env.TEST_DATABASE_URL ? 60 : 150;

describe.each(stores())('a push with any text on $name', (store) => {
  const h = useHarness(store);
  const base = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    const [path] = await h.db.query<{ id: string; recruit_id: string; mentor_id: string }>(
      `SELECT p.id, p.recruit_id, p.mentor_id FROM paths p JOIN agents a ON a.id = p.recruit_id
        WHERE a.email = 'recrue@demo.parcours.fr'`,
    );
    const step = async (kind: string) =>
      (
        await h.db.query<{ id: string }>(
          'SELECT id FROM steps WHERE path_id = $1 AND kind = $2 ORDER BY position LIMIT 1',
          [path!.id, kind],
        )
      )[0]!.id;
    const [session] = await h.db.query<{ id: string }>('SELECT id FROM group_sessions LIMIT 1');
    const [manager] = await h.db.query<{ id: string }>(
      "SELECT id FROM agents WHERE email = 'thomas.girard@demo.parcours.fr'",
    );
    const [circonscription] = await h.db.query<{ id: string; territory_id: string }>(
      "SELECT id, territory_id FROM circonscriptions WHERE name = 'Saint-Denis'",
    );
    const [group] = await h.db.query<{ id: string }>('SELECT id FROM practice_groups LIMIT 1');
    const p = path!;
    const entries: [string, Record<string, unknown>][] = [
      ['step.setDone', { stepId: await step('admin'), done: true }],
      ['milestone.submit', { stepId: await step('milestone'), note: 'Prête' }],
      [
        'milestone.decide',
        { stepId: await step('milestone'), decision: 'rejected', comment: 'À revoir' },
      ],
      [
        'equipment.setStatus',
        { stepId: await step('equipment'), status: 'ordered', assetTag: 'PC-1' },
      ],
      ['equipment.acknowledge', { stepId: await step('equipment') }],
      [
        'training.record',
        { id: '', agentId: p.recruit_id, date: '2026-03-02', title: 'CNFPT', days: 1 },
      ],
      ['meeting.log', { id: '', pathId: p.id, date: '2026-03-02', notes: 'Point' }],
      [
        'path.create',
        { id: '', recruitId: p.recruit_id, templateId: randomUUID(), startDate: '2026-04-01' },
      ],
      ['path.assignMentor', { pathId: p.id, mentorId: p.mentor_id }],
      ['group.setAttendance', { sessionId: session!.id, agentId: p.recruit_id, present: true }],
      ['approval.delegate', { toAgentId: manager!.id, from: '2026-03-01', until: '2026-03-05' }],
      // Issue 14's: accounts, the organisation, groups and templates.
      [
        'agent.create',
        {
          id: '',
          email: 'nouvelle@demo.parcours.fr',
          displayName: 'Nouvelle',
          roles: ['recruit'],
          job: 'CESF',
          status: 'contract',
          circonscriptionId: circonscription!.id,
          startDate: '2026-04-01',
        },
      ],
      ['agent.update', { agentId: p.recruit_id, job: 'CESF', phone: '01 02 03 04 05' }],
      ['territory.create', { id: '', name: 'Nord', managerIds: [] }],
      ['territory.update', { territoryId: circonscription!.territory_id, name: 'Plaine' }],
      [
        'circonscription.create',
        {
          id: '',
          territoryId: circonscription!.territory_id,
          name: 'Pantin',
          service: 'SSD',
          managerIds: [],
        },
      ],
      ['circonscription.update', { circonscriptionId: circonscription!.id, name: 'Saint-Denis' }],
      [
        'interim.record',
        {
          id: '',
          managerId: manager!.id,
          circonscriptionId: circonscription!.id,
          from: '2027-03-01',
          until: '2027-03-31',
        },
      ],
      [
        'group.create',
        {
          id: '',
          name: 'Groupe',
          facilitatorId: null,
          facilitator: 'Externe',
          territoryId: circonscription!.territory_id,
          circonscriptionIds: [],
          service: null,
          memberIds: [],
        },
      ],
      [
        'session.schedule',
        {
          id: '',
          groupId: group!.id,
          date: '2027-03-02',
          startTime: '14:00',
          durationMinutes: 120,
          place: 'Salle',
        },
      ],
      [
        'template.publish',
        {
          id: '',
          family: '',
          name: 'Modèle',
          job: 'CESF',
          status: 'contract',
          steps: [
            {
              position: 1,
              kind: 'admin',
              title: 'Accueil',
              help: '',
              due: { unit: 'day', amount: 1 },
              needsApproval: false,
            },
          ],
        },
      ],
    ];
    for (const [name, args] of entries) base.set(name, args);
  });

  /** Every synced row's JSON and every kept refusal, to see that a refusal wrote nothing. */
  const snapshot = async () => {
    const [row] = await h.db.query<{ sum: string }>(
      `SELECT md5(
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM steps) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM paths) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM trainings) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM attendance) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM delegations) ||
         (SELECT count(*)::text FROM meetings) ||
         (SELECT coalesce(string_agg(t::text, '' ORDER BY id), '') FROM agents t) ||
         (SELECT coalesce(string_agg(t::text, '' ORDER BY id), '') FROM territories t) ||
         (SELECT coalesce(string_agg(t::text, '' ORDER BY id), '') FROM circonscriptions t) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM interims) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM practice_groups) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM group_sessions) ||
         (SELECT coalesce(string_agg(wire::text, '' ORDER BY id), '') FROM templates)) AS sum`,
    );
    return row!.sum;
  };

  it('never answers 5xx, always advances the queue, and writes nothing it refuses', async () => {
    const sessions: Record<string, Session> = {
      recrue: await signIn(h.app, 'recrue'),
      rh: await signIn(h.app, 'rh'),
    };
    const clients: Record<string, { id: string; next: number }> = {
      recrue: { id: randomUUID(), next: 1 },
      rh: { id: randomUUID(), next: 1 },
    };
    await fc.assert(
      fc.asyncProperty(corruption, async ({ command, by, place, pick, text }) => {
        const args: Record<string, unknown> = { ...base.get(command)! };
        if ('id' in args) args.id = randomUUID();
        if ('family' in args) args.family = args.id;
        const keys = Object.keys(args);
        const key = keys[pick % keys.length]!;
        let name = command;
        if (place === 'name') name = pick % 2 ? text : `${command}${text}`;
        if (place === 'newKey') args[text] = 'x';
        if (place === 'renamedKey') {
          args[`${key}${text}`] = args[key];
          delete args[key];
        }
        if (place === 'value') args[key] = text;
        if (place === 'nestedValue') args[key] = { [text]: [text] };

        const client = clients[by]!;
        const id = client.next;
        const mutation = { id, name, args, createdAt: new Date().toISOString() };
        const before = await snapshot();
        const response = await post(
          h.app,
          '/api/sync/push',
          { protocol: 1, clientId: client.id, mutations: [mutation] },
          sessions[by]!.cookie,
        );
        expect(response.statusCode, response.body).toBe(200);
        const answer = response.json<{ lastMutationId: number; results: { status: string }[] }>();
        expect(answer.lastMutationId).toBe(id);
        client.next += 1;
        const [result] = answer.results;
        const clean = isStorableText(name) && unstorableTextAt(args) === undefined;
        if (!clean) expect(result?.status).toBe('rejected');
        if (result?.status === 'rejected') expect(await snapshot()).toBe(before);
      }),
      { numRuns: runs },
    );
    // Every refusal was kept, each in a form the database stores and gives back unchanged.
    const kept = await h.db.query<{ message: string; field: string | null }>(
      'SELECT message, field FROM rejections WHERE client_id = ANY($1::uuid[])',
      [[clients.recrue!.id, clients.rh!.id]],
    );
    expect(kept.length).toBeGreaterThan(runs / 2);
    for (const { message, field } of kept) {
      expect(isStorableText(message) && isStorableText(field ?? '')).toBe(true);
    }
  });

  it('takes a push whose arguments hold a __proto__ key: the queue advances, no prototype is set', async () => {
    const me = await signIn(h.app, 'recrue');
    const { stepId } = base.get('step.setDone')! as { stepId: string };
    const at = new Date().toISOString();
    // As a careless or hostile client writes it; JSON.stringify of a literal would not.
    const body = `{"protocol":1,"clientId":"${randomUUID()}","mutations":[
      {"id":1,"name":"step.setDone","args":{"stepId":{"__proto__":["x"]},"done":true},"createdAt":"${at}"},
      {"id":2,"name":"step.setDone","args":{"stepId":"${stepId}","done":true,"__proto__":{"admin":true},
        "constructor":{"prototype":{"admin":true}}},"createdAt":"${at}"}]}`;
    const response = await post(h.app, '/api/sync/push', body, me.cookie);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      lastMutationId: 2,
      results: [
        { id: 1, status: 'rejected', error: { code: 'invalid', field: 'stepId' } },
        { id: 2, status: 'applied' },
      ],
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('names the field that holds the character, and says it again to a replay', async () => {
    const me = await signIn(h.app, 'recrue');
    const clientId = randomUUID();
    const args = { ...base.get('training.record')!, id: randomUUID(), ['ti\u0000tle']: 'x' };
    const body = {
      protocol: 1,
      clientId,
      mutations: [
        { id: 1, name: 'training.record', args, createdAt: new Date().toISOString() },
        { id: 2, name: 'no\uD800such', args: {}, createdAt: new Date().toISOString() },
      ],
    };
    for (const status of ['rejected', 'duplicate']) {
      const response = await post(h.app, '/api/sync/push', body, me.cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        lastMutationId: 2,
        results: [
          { id: 1, status, error: { code: 'invalid', field: 'ti\uFFFDtle' } },
          { id: 2, status, error: { code: 'invalid', field: 'name' } },
        ],
      });
    }
  });

  it.each([
    ['an e-mail', { email: 'a\u0000@demo.parcours.fr', password: 'x' }, 'email'],
    ['a password', { email: 'recrue@demo.parcours.fr', password: 'pass\u0000word' }, 'password'],
    ['a key', { email: 'recrue@demo.parcours.fr', password: 'x', ['\uD800']: 1 }, '\uFFFD'],
  ])(
    'refuses %s the database cannot store at sign-in with 400 naming it',
    async (_, body, field) => {
      const response = await post(h.app, '/api/auth/login', body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid', field } });
    },
  );
});
