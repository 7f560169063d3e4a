import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/domain/dates';
import { entitySchemas } from '../../src/domain/protocol';
import { stores, useHarness } from './helpers';
import { mutations, pullAll, push, rowsOf, signIn, type Session } from './sync-helpers';

// Issue 14 through push: the organisation is written by commands, checked on the server,
// links (managers) included; an intérim makes its manager approve there on its days only.
describe.each(stores())('the organisation through push, on $name', (store) => {
  const h = useHarness(store);
  const today = () => h.clock.now.toISOString().slice(0, 10);

  async function pushed(session: Session, name: string, args: unknown) {
    const answer = await push(h.app, session, randomUUID(), mutations(1, [{ name, args }]));
    const [result] = answer.results;
    return result?.status === 'rejected'
      ? [result.error?.code, result.error?.field]
      : [result?.status];
  }
  const count = async (table: string) =>
    (await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const territoryId = async (name: string) =>
    (await h.db.query<{ id: string }>('SELECT id FROM territories WHERE name = $1', [name]))[0]!.id;
  const circonscriptionId = async (name: string) =>
    (
      await h.db.query<{ id: string }>('SELECT id FROM circonscriptions WHERE name = $1', [name])
    )[0]!.id;

  it('creates a territory and a circonscription with its manager; her pull says so', async () => {
    const [rh, thomas] = await Promise.all([signIn(h.app, 'rh'), signIn(h.app, 'thomas.girard')]);
    const karim = await signIn(h.app, 'territoire');
    const territory = { id: randomUUID(), name: 'Terres de France', managerIds: [karim.agent.id] };
    expect(await pushed(rh, 'territory.create', territory)).toEqual(['applied']);
    const circonscription = {
      id: randomUUID(),
      territoryId: territory.id,
      name: 'Tremblay-en-France',
      service: 'SSD',
      managerIds: [thomas.agent.id],
    };
    expect(await pushed(rh, 'circonscription.create', circonscription)).toEqual(['applied']);
    const links = await h.db.query<{ agent_id: string }>(
      'SELECT agent_id FROM manager_circonscriptions WHERE circonscription_id = $1',
      [circonscription.id],
    );
    expect(links).toEqual([{ agent_id: thomas.agent.id }]);

    const pages = await pullAll(h.app, thomas, randomUUID());
    const rows = rowsOf(
      pages.flatMap((p) => p.changes),
      'circonscription',
    );
    const pulled = rows.find((row) => row.id === circonscription.id);
    expect(pulled).toMatchObject({ managerIds: [thomas.agent.id], closed: false });
    expect(entitySchemas.circonscription.safeParse(pulled).success).toBe(true);

    // Changing her managers replaces the links, and the row is pulled again.
    const update = { circonscriptionId: circonscription.id, managerIds: [], name: 'Tremblay' };
    expect(await pushed(rh, 'circonscription.update', update)).toEqual(['applied']);
    expect(
      await h.db.query('SELECT 1 FROM manager_circonscriptions WHERE circonscription_id = $1', [
        circonscription.id,
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a territory by a manager', 'responsable', 'territory.create', 'forbidden'],
    ['a territory with a taken name', 'rh', 'territory.create', 'duplicate'],
    ['a circonscription in an unknown territory', 'rh', 'circonscription.create', 'not_found'],
  ] as const)('refuses %s, nothing written', async (_, who, name, code) => {
    const session = await signIn(h.app, who);
    const args =
      name === 'territory.create'
        ? { id: randomUUID(), name: 'Plaine Commune', managerIds: [] }
        : {
            id: randomUUID(),
            territoryId: randomUUID(),
            name: 'Nulle part',
            service: 'SSD',
            managerIds: [],
          };
    const before = [await count('territories'), await count('circonscriptions')];
    expect((await pushed(session, name, args))[0]).toBe(code);
    expect([await count('territories'), await count('circonscriptions')]).toEqual(before);
  });

  it('refuses a circonscription without a manager role, and closing one with agents', async () => {
    const rh = await signIn(h.app, 'rh');
    const julien = await signIn(h.app, 'tuteur');
    const plaine = await territoryId('Plaine Commune');
    const args = {
      id: randomUUID(),
      territoryId: plaine,
      name: 'Épinay',
      service: 'SSD',
      managerIds: [julien.agent.id],
    };
    expect(await pushed(rh, 'circonscription.create', args)).toEqual(['invalid', 'managerIds']);
    const saintDenis = await circonscriptionId('Saint-Denis');
    const close = { circonscriptionId: saintDenis, closed: true };
    expect(await pushed(rh, 'circonscription.update', close)).toEqual(['not_empty', 'closed']);
    expect(await pushed(rh, 'territory.update', { territoryId: plaine, closed: true })).toEqual([
      'not_empty',
      'closed',
    ]);
  });

  it('an intérim lets its manager approve there on its days, and ends early', async () => {
    const rh = await signIn(h.app, 'rh');
    const aicha = await signIn(h.app, 'aicha.diallo');
    const saintDenis = await circonscriptionId('Saint-Denis');
    const interim = {
      id: randomUUID(),
      managerId: aicha.agent.id,
      circonscriptionId: saintDenis,
      from: today(),
      until: addDaysIso(today(), 30),
    };
    const backwards = { ...interim, id: randomUUID(), until: addDaysIso(today(), -1) };
    expect(await pushed(rh, 'interim.record', backwards)).toEqual(['invalid', 'until']);
    expect(await pushed(aicha, 'interim.record', interim)).toEqual(['forbidden', undefined]);
    expect(await pushed(rh, 'interim.record', interim)).toEqual(['applied']);
    expect(await pushed(rh, 'interim.record', { ...interim, id: randomUUID() })).toEqual([
      'overlap',
      'from',
    ]);

    // Her pull now reaches Saint-Denis's paths: Inès's among them.
    const pages = await pullAll(h.app, aicha, randomUUID());
    const changes = pages.flatMap((p) => p.changes);
    const ines = await signIn(h.app, 'recrue');
    expect(rowsOf(changes, 'path').some((p) => p.recruitId === ines.agent.id)).toBe(true);
    expect(rowsOf(changes, 'interim').map((i) => i.id)).toContain(interim.id);

    // Started today: ending it early withdraws it (it would have held until yesterday).
    expect(await pushed(rh, 'interim.end', { interimId: interim.id })).toEqual(['applied']);
    const [row] = await h.db.query<{ deleted: boolean }>(
      'SELECT deleted FROM interims WHERE id = $1',
      [interim.id],
    );
    expect(row).toEqual({ deleted: true });
    expect(await pushed(rh, 'interim.end', { interimId: interim.id })).toEqual([
      'not_found',
      'interimId',
    ]);
  });
});
