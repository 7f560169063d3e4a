import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/domain/protocol';
import { assContractTemplate, demoTemplates } from '../../src/domain/templates';
import { buildApp } from '../../src/server/app';
import { insertAgent } from '../../src/server/store/agents';
import { migrate } from '../../src/server/store/migrate';
import { fastHasher, stores, useHarness } from './helpers';
import { mutations, pullAll, push, rowsOf, signIn, type Session } from './sync-helpers';

// Issue 14, templates as data: the HR admin publishes versions and retires them through
// push; the server counts the revisions, refuses bad input naming the field, and a path
// keeps the steps it was given.
const ass = assContractTemplate.id;
/** The editor's arguments for a new version of the demo's ASS contract template. */
const version = (more: object = {}) => ({
  id: randomUUID(),
  family: ass,
  name: 'ASS — contractuelle (2027)',
  job: assContractTemplate.job,
  status: assContractTemplate.status,
  steps: [
    ...assContractTemplate.steps.map((step, i) => ({ position: i + 1, ...step })),
    {
      position: 99,
      kind: 'milestone',
      title: 'Bilan à 18 mois',
      help: 'Un dernier point avec votre responsable.',
      due: { unit: 'month', amount: 18 },
      needsApproval: true,
    },
  ],
  ...more,
});
const badStep = (more: object) => [{ ...version().steps[0], ...more }];

describe.each(stores())('templates through push, on $name', (store) => {
  const h = useHarness(store);

  async function pushed(session: Session, name: string, args: unknown) {
    const answer = await push(h.app, session, randomUUID(), mutations(1, [{ name, args }]));
    const [result] = answer.results;
    return result?.status === 'rejected'
      ? [result.error?.code, result.error?.field]
      : [result?.status];
  }
  const templateRow = async (id: string) =>
    (
      await h.db.query(
        'SELECT name, steps, family, revision, retired, version::text FROM templates WHERE id = $1',
        [id],
      )
    )[0];
  const stepsOf = (pathId: string) =>
    h.db.query(
      'SELECT id, kind, title, due_date::text, version::text FROM steps WHERE path_id = $1 ORDER BY position',
      [pathId],
    );
  const inesPath = async () =>
    (
      await h.db.query<{ id: string; circonscription_id: string }>(
        `SELECT p.id, p.circonscription_id FROM paths p JOIN agents a ON a.id = p.recruit_id
          WHERE a.email = 'recrue@demo.parcours.fr'`,
      )
    )[0]!;

  it('publishes revision 2; revision 1 and the paths made from it stay as they were', async () => {
    const rh = await signIn(h.app, 'rh');
    const path = await inesPath();
    const [pathsBefore, stepsBefore, first] = [
      await h.db.query('SELECT template_id FROM paths WHERE id = $1', [path.id]),
      await stepsOf(path.id),
      await templateRow(ass),
    ];
    expect(first).toMatchObject({ family: ass, revision: 1, retired: false });
    const args = version();
    expect(await pushed(rh, 'template.publish', args)).toEqual(['applied']);

    const second = await templateRow(args.id);
    expect(second).toMatchObject({ name: args.name, family: ass, revision: 2, retired: false });
    expect((second as { steps: { title: string }[] }).steps.at(-1)?.title).toBe('Bilan à 18 mois');
    expect(await templateRow(ass)).toEqual(first);
    expect(await h.db.query('SELECT template_id FROM paths WHERE id = $1', [path.id])).toEqual(
      pathsBefore,
    );
    expect(await stepsOf(path.id)).toEqual(stepsBefore);

    // A manager's device pulls both versions, revision 2 as its schema says.
    const sophie = await signIn(h.app, 'responsable');
    const pages = await pullAll(h.app, sophie, randomUUID());
    const pulled = rowsOf(
      pages.flatMap((p) => p.changes),
      'template',
    ).find((row) => row.id === args.id);
    expect(pulled).toMatchObject({ family: ass, revision: 2, retired: false });
    expect(entitySchemas.template.safeParse(pulled).success).toBe(true);

    // The next one is revision 3.
    const third = version();
    expect(await pushed(rh, 'template.publish', third)).toEqual(['applied']);
    expect(await templateRow(third.id)).toMatchObject({ revision: 3 });
  });

  it.each(['responsable', 'territoire', 'tuteur', 'recrue'])(
    'refuses a template published by the %s, and writes nothing',
    async (who) => {
      const session = await signIn(h.app, who);
      const args = version();
      expect(await pushed(session, 'template.publish', args)).toEqual(['forbidden', undefined]);
      expect(await templateRow(args.id)).toBeUndefined();
      const retire = { templateId: ass };
      expect(await pushed(session, 'template.retire', retire)).toEqual(['forbidden', undefined]);
      expect(await templateRow(ass)).toMatchObject({ retired: false });
    },
  );

  it.each<[string, object, string, string]>([
    ['no step', { steps: [] }, 'invalid', 'steps'],
    [
      'a position twice',
      { steps: [...badStep({}), ...badStep({})] },
      'invalid',
      'steps.1.position',
    ],
    [
      'a negative offset',
      { steps: badStep({ due: { unit: 'day', amount: -3 } }) },
      'invalid',
      'steps.0.due.amount',
    ],
    [
      'a zero offset',
      { steps: badStep({ due: { unit: 'week', amount: 0 } }) },
      'invalid',
      'steps.0.due.amount',
    ],
    [
      'an offset as text',
      { steps: badStep({ due: { unit: 'week', amount: '2' } }) },
      'invalid',
      'steps.0.due.amount',
    ],
    [
      'a step without a title',
      { steps: badStep({ title: undefined }) },
      'invalid',
      'steps.0.title',
    ],
    ['steps as text', { steps: 'toutes' }, 'invalid', 'steps'],
    ['a name as a number', { name: 42 }, 'invalid', 'name'],
    ['an unknown status', { status: 'freelance' }, 'invalid', 'status'],
    ['an unknown family', { family: randomUUID() }, 'not_found', 'family'],
    ['an id already used', { id: ass }, 'duplicate', 'id'],
  ])('refuses %s, naming the field, and writes nothing', async (_, more, code, field) => {
    const rh = await signIn(h.app, 'rh');
    const count = async () =>
      (await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM templates'))[0]!.n;
    const before = await count();
    expect(await pushed(rh, 'template.publish', version(more))).toEqual([code, field]);
    expect(await count()).toBe(before);
    expect(await templateRow(ass)).toMatchObject({ revision: 1, retired: false });
  });

  it('retires a template: no new path from it, nor a new version; the others still serve', async () => {
    const rh = await signIn(h.app, 'rh');
    const copy = version({ name: 'ASS — contractuelle (copie)' });
    const family = copy.id;
    expect(await pushed(rh, 'template.publish', { ...copy, family })).toEqual(['applied']);
    expect(await pushed(rh, 'template.retire', { templateId: family })).toEqual(['applied']);
    expect(await templateRow(family)).toMatchObject({ family, revision: 1, retired: true });
    expect(await pushed(rh, 'template.retire', { templateId: family })).toEqual([
      'invalid',
      'templateId',
    ]);
    expect(await pushed(rh, 'template.publish', version({ family }))).toEqual([
      'invalid',
      'family',
    ]);

    const recruit = await insertAgent(h.db, {
      email: 'nouvelle.ass@demo.parcours.fr',
      displayName: 'Nouvelle ASS',
      roles: ['recruit'],
      job: 'Assistante de service social',
      status: 'contract',
      circonscriptionId: (await inesPath()).circonscription_id,
      startDate: '2027-01-04',
      phone: null,
      passwordHash: null,
    });
    const path = (templateId: string) => ({
      id: randomUUID(),
      recruitId: recruit.id,
      templateId,
      startDate: '2027-01-04',
    });
    const refused = path(family);
    expect(await pushed(rh, 'path.create', refused)).toEqual(['invalid', 'templateId']);
    expect(await h.db.query('SELECT 1 FROM paths WHERE id = $1', [refused.id])).toEqual([]);
    expect(await h.db.query('SELECT 1 FROM steps WHERE path_id = $1', [refused.id])).toEqual([]);
    const made = path(ass);
    expect(await pushed(rh, 'path.create', made)).toEqual(['applied']);
    expect(await stepsOf(made.id)).toHaveLength(assContractTemplate.steps.length);
  });
});

describe.each(stores())('a deployment without the demo, on $name', (store) => {
  it('starts with the shipped templates, written once', async () => {
    const { db, drop } = await store.open();
    try {
      await migrate(db);
      const start = () => buildApp({ database: db, demo: false, passwordHasher: fastHasher });
      const rows = () =>
        db.query<{ id: string; family: string; revision: number; retired: boolean }>(
          'SELECT id, family, revision, retired, version::text FROM templates ORDER BY id',
        );
      await (await start()).close();
      const seeded = await rows();
      expect(seeded.map((row) => row.id)).toEqual(demoTemplates.map((t) => t.id).sort());
      expect(seeded.every((r) => r.family === r.id && r.revision === 1 && !r.retired)).toBe(true);
      expect(await db.query('SELECT 1 FROM agents')).toEqual([]);

      // Once the set is the HR admin's, a restart leaves it alone, retired rows included.
      await db.query('UPDATE templates SET retired = true WHERE id = $1', [ass]);
      const kept = await rows();
      await (await start()).close();
      expect(await rows()).toEqual(kept);
    } finally {
      await drop();
    }
  });
});
