import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/domain/dates';
import type { PullResponse } from '../../src/domain/protocol';
import { stores, useHarness } from './helpers';
import { mutations, pull, pullAll, push, rowsOf, signIn, type Session } from './sync-helpers';

/**
 * Practice-analysis groups through the real push and pull (issue 14): the HR admin makes a
 * group of Plaine Commune led by Julien Moreau (tuteur@) with Inès and Mehdi Kaci, of two
 * circonscriptions; who sees it, who records attendance, and when.
 */
describe.each(stores())('practice-analysis groups on $name', (store) => {
  const h = useHarness(store);
  const realNow = new Date();
  const today = () => h.clock.now.toISOString().slice(0, 10);
  const groupId = randomUUID();
  const soon = randomUUID();
  const later = randomUUID();
  let rh: Session;
  let julien: Session;
  let ines: Session;
  let mehdi: Session;
  let sarah: Session;

  /** One mutation from a fresh client: its status, code and field. */
  const send = async (session: Session, name: string, args: unknown) => {
    const answer = await push(h.app, session, randomUUID(), mutations(1, [{ name, args }]));
    const [result] = answer.results;
    return [result?.status, result?.error?.code, result?.error?.field];
  };
  const applied = ['applied', undefined, undefined];
  const changesOf = (pages: PullResponse[]) => pages.flatMap((page) => page.changes);
  const idsOf = (pages: PullResponse[], entity: 'practiceGroup' | 'groupSession' | 'agent') =>
    rowsOf(changesOf(pages), entity).map((row) => String(row.id));
  const count = async (sql: string, values: unknown[]) => {
    const [row] = await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, values);
    return row!.n;
  };
  const session = (id: string, days: number) => ({
    id,
    groupId,
    date: addDaysIso(today(), days),
    startTime: '14:00',
    durationMinutes: 120,
    place: 'Maison des solidarités, Saint-Denis',
  });

  beforeAll(async () => {
    rh = await signIn(h.app, 'rh');
    julien = await signIn(h.app, 'tuteur');
    ines = await signIn(h.app, 'recrue');
    mehdi = await signIn(h.app, 'mehdi.kaci');
    sarah = await signIn(h.app, 'sarah.cohen');
  });
  afterAll(() => {
    h.clock.now = realNow;
  });

  it('lets the HR admin create a group and schedule a session, and no one else', async () => {
    const [territory] = await h.db.query<{ id: string }>(
      "SELECT id FROM territories WHERE name = 'Plaine Commune'",
    );
    const group = {
      id: groupId,
      name: 'GAP Premiers entretiens',
      facilitatorId: julien.agent.id,
      territoryId: territory!.id,
      circonscriptionIds: [ines.agent.circonscriptionId, mehdi.agent.circonscriptionId],
      service: null,
      memberIds: [ines.agent.id, mehdi.agent.id],
    };
    const responsable = await signIn(h.app, 'responsable');
    expect(await send(responsable, 'group.create', group)).toEqual([
      'rejected',
      'forbidden',
      undefined,
    ]);
    expect(await count('practice_groups WHERE id = $1', [groupId])).toBe(0);
    expect(await send(rh, 'group.create', { ...group, memberIds: [randomUUID()] })).toEqual([
      'rejected',
      'not_found',
      'memberIds',
    ]);
    expect(await count('practice_groups WHERE id = $1', [groupId])).toBe(0);

    expect(await send(rh, 'group.create', group)).toEqual(applied);
    const [stored] = await h.db.query<{ facilitator: string }>(
      'SELECT facilitator FROM practice_groups WHERE id = $1',
      [groupId],
    );
    expect(stored!.facilitator).toBe('Julien Moreau');
    expect(await send(rh, 'session.schedule', session(soon, 2))).toEqual(applied);
    expect(await send(julien, 'session.schedule', session(later, 9))).toEqual(applied);
    expect(await send(julien, 'session.schedule', session(randomUUID(), -1))).toEqual([
      'rejected',
      'invalid',
      'date',
    ]);
    expect(await send(ines, 'session.schedule', session(randomUUID(), 3))).toEqual([
      'rejected',
      'forbidden',
      'groupId',
    ]);
    expect(await count('group_sessions WHERE group_id = $1', [groupId])).toBe(2);
  });

  it("carries the group to its members and its facilitator, not to another territory's recruit", async () => {
    const inesPull = await pullAll(h.app, ines, randomUUID());
    expect(idsOf(inesPull, 'practiceGroup')).toContain(groupId);
    expect(idsOf(inesPull, 'groupSession')).toEqual(expect.arrayContaining([soon, later]));
    const sarahPull = await pullAll(h.app, sarah, randomUUID());
    expect(idsOf(sarahPull, 'practiceGroup')).not.toContain(groupId);
    expect(idsOf(sarahPull, 'groupSession')).not.toContain(soon);
    // Julien leads it: he gets Mehdi's name, though Mehdi is nobody's he mentors.
    const julienPull = await pullAll(h.app, julien, randomUUID());
    expect(idsOf(julienPull, 'practiceGroup')).toContain(groupId);
    expect(idsOf(julienPull, 'groupSession')).toEqual(expect.arrayContaining([soon, later]));
    expect(idsOf(julienPull, 'agent')).toEqual(expect.arrayContaining([mehdi.agent.id]));
    expect(rowsOf(changesOf(julienPull), 'path').map((p) => p.recruitId)).not.toContain(
      mehdi.agent.id,
    );
  });

  it('records attendance once the session has taken place, by its facilitator', async () => {
    const attend = (who: Session, sessionId: string, agentId = mehdi.agent.id) =>
      send(who, 'group.setAttendance', { sessionId, agentId, present: true });
    const aicha = await signIn(h.app, 'aicha.diallo');
    expect(await attend(julien, soon)).toEqual(['rejected', 'too_early', 'sessionId']);
    expect(await attend(aicha, soon)).toEqual(['rejected', 'forbidden', 'agentId']);
    expect(await count('attendance WHERE session_id = $1', [soon])).toBe(0);

    // Three days on, the first session has taken place; the second has not.
    h.clock.now = new Date(realNow.getTime() + 3 * 86_400_000);
    const julienClient = randomUUID();
    const before = await pullAll(h.app, julien, julienClient);
    expect(await attend(julien, soon)).toEqual(applied);
    expect(await attend(julien, soon, ines.agent.id)).toEqual(applied);
    expect(await attend(julien, later)).toEqual(['rejected', 'too_early', 'sessionId']);
    expect(await attend(julien, soon, sarah.agent.id)).toEqual(['rejected', 'invalid', 'agentId']);
    expect(await attend(aicha, soon)).toEqual(['rejected', 'forbidden', 'agentId']);
    expect(await attend(mehdi, soon)).toEqual(['rejected', 'forbidden', 'agentId']);
    expect(await count('attendance WHERE session_id = $1', [soon])).toBe(2);
    expect(await count('attendance WHERE session_id = $1', [later])).toBe(0);

    // The facilitator's next pull brings both; Mehdi's, his own only.
    const next = await pull(h.app, julien, julienClient, before.at(-1)!.cursor);
    expect(next.reset).toBe(false);
    const attended = rowsOf(next.changes, 'attendance').filter((a) => a.sessionId === soon);
    expect(attended.map((a) => a.agentId).sort()).toEqual([ines.agent.id, mehdi.agent.id].sort());
    const mehdiPull = await pullAll(h.app, mehdi, randomUUID());
    const his = rowsOf(changesOf(mehdiPull), 'attendance').filter((a) => a.sessionId === soon);
    expect(his.map((a) => a.agentId)).toEqual([mehdi.agent.id]);
    // A session that took place is kept; one to come can be withdrawn.
    expect(await send(julien, 'session.cancel', { sessionId: soon })).toEqual([
      'rejected',
      'invalid',
      'sessionId',
    ]);
    expect(await send(julien, 'session.cancel', { sessionId: later })).toEqual(applied);
    const after = await pull(h.app, ines, randomUUID(), null);
    expect(idsOf([after], 'groupSession')).not.toContain(later);
  });

  it('resets a device that joins a group, so that its older sessions come', async () => {
    const client = randomUUID();
    const first = await pullAll(h.app, sarah, client);
    expect(idsOf(first, 'groupSession')).not.toContain(soon);
    const members = [ines.agent.id, mehdi.agent.id, sarah.agent.id];
    expect(await send(rh, 'group.update', { groupId, memberIds: members })).toEqual(applied);
    const joined = await pullAll(h.app, sarah, client, first.at(-1)!.cursor);
    expect(joined[0]!.reset).toBe(true);
    expect(idsOf(joined, 'practiceGroup')).toContain(groupId);
    expect(idsOf(joined, 'groupSession')).toContain(soon);
  });
});
