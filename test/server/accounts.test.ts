import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/domain/protocol';
import { demo, fastHasher, login, sessionCookie, stores, useHarness } from './helpers';
import { mutations, pull, pullAll, push, rowsOf, signIn, type Session } from './sync-helpers';

// Issue 14, item 2, through the real push: accounts are created, edited and disabled by
// commands the server checks (DESIGN §7), refusals name their field and write nothing, and
// a disabled account's next request is a 401 while her history stays.
describe.each(stores())('accounts through push, on $name', (store) => {
  const h = useHarness(store);

  async function pushed(session: Session, name: string, args: unknown) {
    const answer = await push(h.app, session, randomUUID(), mutations(1, [{ name, args }]));
    const [result] = answer.results;
    return result?.status === 'rejected'
      ? [result.error?.code, result.error?.field]
      : [result?.status];
  }
  const agentCount = async () =>
    (await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agents'))[0]!.n;
  const circonscription = async (name: string) =>
    (
      await h.db.query<{ id: string }>('SELECT id FROM circonscriptions WHERE name = $1', [name])
    )[0]!.id;
  const me = (cookie: string) => h.app.inject({ url: '/api/auth/me', headers: { cookie } });
  /** A recruit of Saint-Denis, Sophie Lambert's circonscription. */
  const recruit = async (changes: object = {}) => ({
    id: randomUUID(),
    email: `recrue.${randomUUID().slice(0, 8)}@demo.parcours.fr`,
    displayName: 'Maëlys Caron',
    roles: ['recruit'],
    job: 'Assistante de service social',
    status: 'apprentice',
    circonscriptionId: await circonscription('Saint-Denis'),
    startDate: '2026-09-01',
    ...changes,
  });

  it('lets the HR admin create a manager, written with her email in small letters', async () => {
    const rh = await signIn(h.app, 'rh');
    const args = await recruit({
      email: 'Claire.Petit@Demo.Parcours.FR',
      displayName: 'Claire Petit',
      roles: ['manager'],
      job: 'Responsable de circonscription',
      status: 'civilServant',
      circonscriptionId: null,
    });
    expect(await pushed(rh, 'agent.create', args)).toEqual(['applied']);
    const rows = await h.db.query('SELECT email, roles, disabled FROM agents WHERE id = $1', [
      args.id,
    ]);
    expect(rows).toEqual([
      { email: 'claire.petit@demo.parcours.fr', roles: ['manager'], disabled: false },
    ]);
  });

  it('lets a manager create a recruit in her circonscription, which her next pull carries', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const clientId = randomUUID();
    const first = await pullAll(h.app, sophie, clientId);
    const args = await recruit();
    expect(await pushed(sophie, 'agent.create', args)).toEqual(['applied']);

    const next = await pull(h.app, sophie, clientId, first.at(-1)!.cursor);
    const pulled = rowsOf(next.changes, 'agent').find((row) => row.id === args.id);
    expect(pulled).toMatchObject({
      email: args.email,
      circonscriptionId: args.circonscriptionId,
      disabled: false,
      activated: false,
      endDate: null,
    });
    expect(entitySchemas.agent.safeParse(pulled).success).toBe(true);
  });

  it.each([
    [
      'in another territory',
      { circonscriptionId: 'Montreuil' },
      ['forbidden', 'circonscriptionId'],
    ],
    ['as a mentor', { roles: ['mentor'] }, ['forbidden', 'roles']],
    ['as a recruit who mentors', { roles: ['recruit', 'mentor'] }, ['forbidden', 'roles']],
    [
      'with an email taken, in capitals',
      { email: 'RECRUE@Demo.Parcours.fr' },
      ['duplicate', 'email'],
    ],
    ['ending before she starts', { endDate: '2026-08-31' }, ['invalid', 'endDate']],
  ])('refuses a recruit %s → %j, nothing written', async (_, changes, expected) => {
    const sophie = await signIn(h.app, 'responsable');
    const where = (changes as { circonscriptionId?: string }).circonscriptionId;
    const args = await recruit(
      where ? { ...changes, circonscriptionId: await circonscription(where) } : changes,
    );
    const before = await agentCount();
    expect(await pushed(sophie, 'agent.create', args)).toEqual(expected);
    expect(await agentCount()).toBe(before);
  });

  it.each([
    ['email', 42],
    ['email', 'pas-une-adresse'],
    ['displayName', ''],
    ['roles', 'recruit'],
    ['roles', []],
    ['job', null],
    ['status', 'CDI'],
    ['circonscriptionId', 'saint-denis'],
    ['startDate', '01/09/2026'],
    ['endDate', 20270831],
    ['phone', { number: '0600000000' }],
    ['id', 7],
  ])('refuses a wrong %s (%j) as invalid on that field, nothing written', async (field, value) => {
    const rh = await signIn(h.app, 'rh');
    const before = await agentCount();
    expect(await pushed(rh, 'agent.create', await recruit({ [field]: value }))).toEqual([
      'invalid',
      field,
    ]);
    expect(await agentCount()).toBe(before);
  });

  it('edits a recruit; refuses an email taken in other capitals and a move out of reach', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const args = await recruit();
    expect(await pushed(sophie, 'agent.create', args)).toEqual(['applied']);
    const edit = { agentId: args.id, job: 'CESF', endDate: '2027-08-31', phone: '06 12 34 56 78' };
    expect(await pushed(sophie, 'agent.update', edit)).toEqual(['applied']);
    const taken = { agentId: args.id, email: 'Tuteur@DEMO.parcours.fr' };
    expect(await pushed(sophie, 'agent.update', taken)).toEqual(['duplicate', 'email']);
    const moved = { agentId: args.id, circonscriptionId: await circonscription('Bobigny') };
    expect(await pushed(sophie, 'agent.update', moved)).toEqual(['forbidden', 'circonscriptionId']);
    const early = { agentId: args.id, endDate: '2026-01-01' };
    expect(await pushed(sophie, 'agent.update', early)).toEqual(['invalid', 'endDate']);
    const rows = await h.db.query<Record<string, unknown>>(
      `SELECT email, job, end_date::text AS end, phone, circonscription_id AS c
         FROM agents WHERE id = $1`,
      [args.id],
    );
    expect(rows).toEqual([
      {
        email: args.email,
        job: 'CESF',
        end: '2027-08-31',
        phone: '06 12 34 56 78',
        c: args.circonscriptionId,
      },
    ]);
  });

  it('disables an account: her next request is a 401, she cannot sign in again', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const args = await recruit();
    expect(await pushed(sophie, 'agent.create', args)).toEqual(['applied']);
    const password = 'les mouettes de Saint-Denis';
    await h.db.query('UPDATE agents SET password_hash = $2 WHERE id = $1', [
      args.id,
      await fastHasher.hash(password),
    ]);
    const signedIn = await login(h.app, args.email, password);
    expect(signedIn.statusCode).toBe(200);
    const cookie = sessionCookie(signedIn);
    expect((await me(cookie)).statusCode).toBe(200);

    expect(await pushed(sophie, 'agent.disable', { agentId: args.id })).toEqual(['applied']);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login(h.app, args.email, password)).statusCode).not.toBe(200);
  });

  it('keeps a disabled recruit’s history, and pulls her row without any password hash', async () => {
    const lucas = demo('lucas.martin');
    const cookie = sessionCookie(await login(h.app, lucas));
    const sophie = await signIn(h.app, 'responsable');
    const [{ id }] = (await h.db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
      lucas,
    ])) as [{ id: string }];
    const history = () =>
      h.db.query<{ paths: number; trainings: number }>(
        `SELECT (SELECT count(*)::int FROM paths WHERE recruit_id = $1 AND NOT deleted) AS paths,
                (SELECT count(*)::int FROM trainings WHERE agent_id = $1 AND NOT deleted) AS trainings`,
        [id],
      );
    const [before] = await history();
    expect(before).toEqual({ paths: 1, trainings: 1 });

    expect(await pushed(sophie, 'agent.update', { agentId: id, endDate: '2027-06-30' })).toEqual([
      'applied',
    ]);
    expect(await pushed(sophie, 'agent.disable', { agentId: id })).toEqual(['applied']);
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await history()).toEqual([before]);

    for (const who of ['responsable', 'rh'] as const) {
      const pages = await pullAll(h.app, await signIn(h.app, who), randomUUID());
      const agents = rowsOf(
        pages.flatMap((page) => page.changes),
        'agent',
      );
      expect(agents.find((row) => row.id === id)).toMatchObject({
        disabled: true,
        activated: true,
        endDate: '2027-06-30',
      });
      for (const row of agents) expect(Object.keys(row).join()).not.toMatch(/password|hash/i);
      expect(JSON.stringify(pages)).not.toContain('$argon2');
    }
  });

  it('refuses a manager disabling someone out of her reach, or a mentor of her own', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const ids = await h.db.query<{ id: string }>(
      'SELECT id FROM agents WHERE email = ANY($1) ORDER BY email',
      [[demo('sarah.cohen'), demo('tuteur')]],
    );
    for (const { id } of ids)
      expect(await pushed(sophie, 'agent.disable', { agentId: id })).toEqual([
        'forbidden',
        'agentId',
      ]);
    const disabled = await h.db.query('SELECT 1 FROM agents WHERE id = ANY($1) AND disabled', [
      ids.map((row) => row.id),
    ]);
    expect(disabled).toEqual([]);
  });
});
