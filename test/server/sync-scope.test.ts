import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/domain/commands';
import { entitySchemas, type PullResponse, type RowChange } from '../../src/domain/protocol';
import { may, readPath, relationsOf, type Actor } from '../../src/domain/permissions';
import { people } from '../../src/server/demo/organisation';
import { insertAgent } from '../../src/server/store/agents';
import { actorFor } from '../../src/server/sync/actor';
import { sqlReader } from '../../src/server/sync/reader';
import { stores, useHarness } from './helpers';
import {
  mutations,
  pull,
  pullAll,
  push,
  pushOne,
  rowsOf,
  signIn,
  type Session,
} from './sync-helpers';

const readable = new Set<Entity>([
  'agent',
  'template',
  'path',
  'step',
  'training',
  'meeting',
  'groupSession',
  'attendance',
  'delegation',
]);
const key = (c: RowChange) => `${c.entity}:${c.id}`;
const changesOf = (pages: PullResponse[]) => pages.flatMap((page) => page.changes);

describe.each(stores())('what a pull carries, on $name', (store) => {
  const h = useHarness(store);
  const today = () => h.clock.now.toISOString().slice(0, 10);
  /** The circonscription a manager manages. */
  const managedBy = async (manager: Session) => {
    const [home] = await h.db.query<{ id: string }>(
      'SELECT circonscription_id AS id FROM manager_circonscriptions WHERE agent_id = $1',
      [manager.agent.id],
    );
    return home!;
  };

  it.each(people.map((p) => [p.email]))('%s gets its scope and nothing else', async (email) => {
    const session = await signIn(h.app, email);
    const pages = await pullAll(h.app, session, randomUUID());
    expect(pages.map((p) => p.reset)).toEqual(pages.map((_, i) => i === 0));
    const changes = changesOf(pages);
    const actor = (await actorFor(h.db, session.agent.id, today())) as Actor;
    const read = sqlReader(h.db);
    const scopeOf = async (pathId: string) => (await read.scopeOfPath(pathId))!;
    for (const change of changes) {
      expect(change.op).toBe('put');
      if (change.op === 'put') entitySchemas[change.entity].parse(change.row);
    }
    // The pull writes its rows as JSON in SQL: a few of each kind must be exactly the rows
    // the commands read (through the table specs), notes aside where they are withheld.
    const compared = new Map<string, number>();
    for (const change of changes) {
      const entity = change.entity as Entity;
      const seen = compared.get(entity) ?? 0;
      if (change.op !== 'put' || !readable.has(entity) || seen >= 3) continue;
      compared.set(entity, seen + 1);
      const row = await read.get(entity, change.id);
      if (entity === 'meeting' && !('notes' in change.row))
        delete (row as { notes?: unknown }).notes;
      expect(change.row, `${entity} ${change.id}`).toEqual(row);
    }
    for (const path of rowsOf(changes, 'path')) {
      expect(may(actor, await scopeOf(String(path.id)), readPath), `path ${String(path.id)}`).toBe(
        true,
      );
    }
    for (const step of rowsOf(changes, 'step')) {
      expect(may(actor, await scopeOf(String(step.pathId)), readPath)).toBe(true);
    }
    for (const training of rowsOf(changes, 'training')) {
      const scope = (await read.scopeOfAgent(String(training.agentId)))!;
      expect(may(actor, scope, readPath), `training of ${String(training.agentId)}`).toBe(true);
    }
    for (const meeting of rowsOf(changes, 'meeting')) {
      const relations = relationsOf(actor, await scopeOf(String(meeting.pathId)));
      expect(may(actor, await scopeOf(String(meeting.pathId)), readPath)).toBe(true);
      expect('notes' in meeting).toBe(relations.has('own') || relations.has('mentee'));
    }
    // And everything it should get: every path it may read, with all its steps.
    const all = await h.db.query<{ id: string }>('SELECT id FROM paths');
    const expected = [];
    for (const { id } of all) if (may(actor, await scopeOf(id), readPath)) expected.push(id);
    const pulled = rowsOf(changes, 'path').map((p) => p.id);
    expect(new Set(pulled)).toEqual(new Set(expected));
    const [steps] = await h.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM steps WHERE path_id = ANY($1::uuid[])',
      [expected],
    );
    expect(rowsOf(changes, 'step')).toHaveLength(steps!.n);
    expect(rowsOf(changes, 'agent').map((a) => a.id)).toContain(session.agent.id);
    expect(rowsOf(changes, 'template').length).toBeGreaterThan(0);
    expect(rowsOf(changes, 'circonscription').length).toBe(5);
  });

  it("gives a manager her territory's managers and territory managers, to delegate to", async () => {
    const sophie = await signIn(h.app, 'responsable');
    const changes = changesOf(await pullAll(h.app, sophie, randomUUID()));
    const held = new Set(rowsOf(changes, 'agent').map((a) => a.id));
    const colleagues = await h.db.query<{ id: string }>(
      `SELECT m.agent_id AS id FROM manager_circonscriptions m
         JOIN circonscriptions c ON c.id = m.circonscription_id
         JOIN territories t ON t.id = c.territory_id WHERE t.name = 'Plaine Commune'
       UNION SELECT tm.agent_id FROM territory_managers tm
         JOIN territories t ON t.id = tm.territory_id WHERE t.name = 'Plaine Commune'`,
    );
    expect(colleagues.length).toBeGreaterThan(2);
    for (const { id } of colleagues) expect(held.has(id), id).toBe(true);
    // Not the other territory's: a manager of Montreuil is nobody she delegates to.
    const [other] = await h.db.query<{ id: string }>(
      `SELECT m.agent_id AS id FROM manager_circonscriptions m
         JOIN circonscriptions c ON c.id = m.circonscription_id
         JOIN territories t ON t.id = c.territory_id WHERE t.name <> 'Plaine Commune' LIMIT 1`,
    );
    expect(held.has(other!.id)).toBe(false);
    // Their rows only: none of their trainings or sync health.
    expect(
      rowsOf(changes, 'syncHealth').every(
        (row) => !colleagues.some((c) => c.id === row.id && c.id !== sophie.agent.id),
      ),
    ).toBe(true);
  });

  it('gives Inès her path, all its steps and her meeting notes', async () => {
    const ines = await signIn(h.app, 'recrue');
    const changes = changesOf(await pullAll(h.app, ines, randomUUID()));
    const [path] = rowsOf(changes, 'path');
    expect(path?.recruitId).toBe(ines.agent.id);
    const steps = rowsOf(changes, 'step');
    expect(steps.filter((s) => s.status === 'submitted')).toHaveLength(1);
    expect(steps.some((s) => s.itemType === 'phone' && s.status === 'delivered')).toBe(true);
    expect(rowsOf(changes, 'meeting').every((m) => typeof m.notes === 'string')).toBe(true);
    const days = rowsOf(changes, 'training').reduce((sum, t) => sum + Number(t.days), 0);
    expect(days).toBe(1.5);
  });

  it('pages a large answer: reset on the first page only, same rows as one page', async () => {
    const admin = await signIn(h.app, 'rh');
    const whole = changesOf(await pullAll(h.app, admin, randomUUID()));
    const small = await h.build({ pullPageSize: 20 });
    const pages = await pullAll(small, admin, randomUUID());
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => p.reset)).toEqual(pages.map((_, i) => i === 0));
    // A tenth of a full page first, then three times the last, up to a full one: the device
    // starts writing sooner.
    expect(pages.map((p) => p.changes.length).slice(0, 4)).toEqual([2, 6, 18, 20]);
    const union = changesOf(pages);
    expect(new Set(union.map(key)).size).toBe(union.length);
    expect(new Map(union.map((c) => [key(c), c]))).toEqual(new Map(whole.map((c) => [key(c), c])));
  });

  it('sends only what changed since the cursor, tombstones included', async () => {
    const ines = await signIn(h.app, 'recrue');
    const sophie = await signIn(h.app, 'responsable');
    const [mine, hers] = [randomUUID(), randomUUID()];
    const before = (await pullAll(h.app, ines, mine)).at(-1)!.cursor;
    const sophieBefore = (await pullAll(h.app, sophie, hers)).at(-1)!.cursor;
    const [step] = await h.db.query<{ id: string }>(
      `SELECT s.id FROM steps s JOIN paths p ON p.id = s.path_id
        WHERE p.recruit_id = $1 AND s.kind = 'admin' LIMIT 1`,
      [ines.agent.id],
    );
    await push(
      h.app,
      ines,
      mine,
      mutations(1, [{ name: 'step.setDone', args: { stepId: step!.id, done: true } }]),
    );
    const [meeting] = await h.db.query<{ id: string }>(
      'UPDATE meetings SET deleted = true WHERE id = (SELECT id FROM meetings LIMIT 1) RETURNING id',
    );
    for (const [session, client, cursor] of [
      [ines, mine, before],
      [sophie, hers, sophieBefore],
    ] as const) {
      const next = await pull(h.app, session, client, cursor);
      expect(next.reset).toBe(false);
      // Sync health moves with every new client (here, the other person's): set it aside.
      const data = next.changes.filter((c) => c.entity !== 'syncHealth');
      expect(data.map((c) => [c.entity, c.id, c.op])).toEqual([
        ['step', step!.id, 'put'],
        ['meeting', meeting!.id, 'delete'],
      ]);
    }
    const fresh = changesOf(await pullAll(h.app, ines, randomUUID()));
    expect(fresh.some((c) => c.id === meeting!.id)).toBe(false);
  });

  it('resets the old and the new mentor when a path changes hands', async () => {
    // Fatou mentors in Aubervilliers: only the territory manager reaches her for Inès, of
    // Saint-Denis (a mentor of the recruit's circonscription, or of the territory for her).
    const [ines, julien, fatou, karim] = await Promise.all(
      ['recrue', 'tuteur', 'fatou.sow', 'territoire'].map((local) => signIn(h.app, local)),
    );
    const cursors = new Map<string, string>();
    for (const mentor of [julien!, fatou!]) {
      cursors.set(mentor.agent.id, (await pullAll(h.app, mentor, randomUUID())).at(-1)!.cursor);
    }
    const [path] = await h.db.query<{ id: string }>('SELECT id FROM paths WHERE recruit_id = $1', [
      ines!.agent.id,
    ]);
    const args = { pathId: path!.id, mentorId: fatou!.agent.id };
    expect(await pushOne(h.app, karim!, 'path.assignMentor', args)).toBe('applied');
    const next = await pullAll(h.app, julien!, randomUUID(), cursors.get(julien!.agent.id));
    const old = changesOf(next);
    expect(next[0]?.reset).toBe(true);
    expect(old.some((c) => c.id === path!.id)).toBe(false);
    const gained = await pullAll(h.app, fatou!, randomUUID(), cursors.get(fatou!.agent.id));
    expect(gained[0]?.reset).toBe(true);
    const changes = changesOf(gained);
    expect(rowsOf(changes, 'path').some((p) => p.id === path!.id)).toBe(true);
    expect(rowsOf(changes, 'step').filter((s) => s.pathId === path!.id).length).toBeGreaterThan(10);
    expect(rowsOf(changes, 'meeting').every((m) => typeof m.notes === 'string')).toBe(true);
  });

  it('does not reset a manager when an agent is hired in her circonscription, only when one moves in or out', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const client = randomUUID();
    const home = await managedBy(sophie);
    const first = await pullAll(h.app, sophie, client);
    const seen = new Set(rowsOf(changesOf(first), 'agent').map((a) => a.id));
    const next = async (pages: PullResponse[]) =>
      pullAll(h.app, sophie, client, pages.at(-1)!.cursor);

    // Hired, then given a path: both arrive as changes, and nothing else is sent again.
    const hired = await insertAgent(h.db, {
      email: 'nouvelle.recrue@demo.parcours.fr',
      displayName: 'Nouvelle Recrue',
      roles: ['recruit'],
      job: 'Assistante de service social',
      status: 'contract',
      circonscriptionId: home.id,
      startDate: today(),
      phone: null,
      passwordHash: null,
    });
    const [template] = await h.db.query<{ id: string }>('SELECT id FROM templates LIMIT 1');
    const pathId = randomUUID();
    const args = { id: pathId, recruitId: hired.id, templateId: template!.id, startDate: today() };
    expect(await pushOne(h.app, sophie, 'path.create', args)).toBe('applied');
    const afterHiring = await next(first);
    expect(afterHiring.map((p) => p.reset)).toEqual([false]);
    const brought = changesOf(afterHiring).filter((c) => c.entity !== 'syncHealth');
    expect(rowsOf(brought, 'agent').map((a) => a.id)).toEqual([hired.id]);
    expect(rowsOf(brought, 'path').map((p) => p.id)).toEqual([pathId]);
    expect(rowsOf(brought, 'step').every((step) => step.pathId === pathId)).toBe(true);
    expect(rowsOf(brought, 'step').length).toBeGreaterThan(10);

    // An agent from elsewhere moves in: her older rows must come, so the copy is replaced.
    const [mover] = await h.db.query<{ id: string }>(
      `SELECT id FROM agents WHERE circonscription_id <> $1 AND NOT (id = ANY($2::uuid[]))
        LIMIT 1`,
      [home.id, [...seen]],
    );
    await h.db.query('UPDATE agents SET circonscription_id = $2 WHERE id = $1', [
      mover!.id,
      home.id,
    ]);
    const movedIn = await next(afterHiring);
    expect(movedIn[0]!.reset).toBe(true);
    expect(rowsOf(changesOf(movedIn), 'agent').map((a) => a.id)).toContain(mover!.id);

    // And out again: a reset is what drops her rows from the device.
    const [elsewhere] = await h.db.query<{ id: string }>(
      'SELECT id FROM circonscriptions WHERE id <> $1 LIMIT 1',
      [home.id],
    );
    await h.db.query('UPDATE agents SET circonscription_id = $2 WHERE id = $1', [
      mover!.id,
      elsewhere!.id,
    ]);
    const movedOut = await next(movedIn);
    expect(movedOut[0]!.reset).toBe(true);
    expect(rowsOf(changesOf(movedOut), 'agent').map((a) => a.id)).not.toContain(mover!.id);
  });

  it('resets a manager when a path whose recruit she already sees moves into her circonscription', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const client = randomUUID();
    const home = await managedBy(sophie);
    // A path of another circonscription, its recruit moved into hers (she sees the agent,
    // not the path); then the path follows.
    const [path] = await h.db.query<{ id: string; recruit_id: string }>(
      'SELECT id, recruit_id FROM paths WHERE circonscription_id <> $1 LIMIT 1',
      [home.id],
    );
    await h.db.query('UPDATE agents SET circonscription_id = $2 WHERE id = $1', [
      path!.recruit_id,
      home.id,
    ]);
    const before = await pullAll(h.app, sophie, client);
    expect(rowsOf(changesOf(before), 'step').some((s) => s.pathId === path!.id)).toBe(false);
    await h.db.query('UPDATE paths SET circonscription_id = $2 WHERE id = $1', [path!.id, home.id]);
    const after = await pullAll(h.app, sophie, client, before.at(-1)!.cursor);
    expect(after[0]!.reset).toBe(true);
    expect(rowsOf(changesOf(after), 'step').some((s) => s.pathId === path!.id)).toBe(true);
  });
});
