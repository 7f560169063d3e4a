import { describe, expect, it } from 'vitest';
import { ids, template } from '../commands/fixture';
import type { Step, Training } from '../entities';
import type { Agent } from '../organisation';
import { createPath } from '../path';
import { isSupervisedRecruit, recruitRow, submittedOn, type RecruitRowInput } from './recruit-row';
import { stepDigest } from './step-digest';

const agent: Agent = {
  id: ids.recruit,
  email: 'a@demo.parcours.fr',
  displayName: 'Inès',
  roles: ['recruit'],
  job: 'Assistante de service social',
  status: 'contract',
  circonscriptionId: ids.c1,
  startDate: '2026-09-01',
  phone: null,
};
const mentor: Agent = { ...agent, id: ids.mentor, displayName: 'Malika', roles: ['mentor'] };
const made = createPath(template, {
  id: ids.path,
  recruitId: agent.id,
  mentorId: mentor.id,
  circonscriptionId: ids.c2, // her path is kept where she works now, not where she was hired
  startDate: '2026-09-07',
});
// admin and phone on 7 September, milestone on 7 October, training on 7 December
const at = (patches: Record<number, Partial<Step>>) =>
  made.steps.map((step, j) => ({ ...step, ...patches[j] }));
const training = (date: string, days: number): Training => ({
  ...{ id: date, agentId: agent.id, title: 'CNFPT', provider: null, version: 1 },
  date,
  days,
});

/** Her row, the steps given as steps: digested as the device and the server digest them. */
type Patch = Partial<Omit<RecruitRowInput, 'steps'>> & { steps?: readonly Step[] };
const row = ({ steps = made.steps, ...patch }: Patch = {}, today = '2026-11-29') =>
  recruitRow(
    {
      agent,
      path: made.path,
      steps: stepDigest(made.path.id, steps),
      trainings: [],
      mentor,
      lastSyncAt: null,
      ...patch,
    },
    today,
    `${today}T12:00:00.000Z`,
  );

describe('recruitRow', () => {
  it.each([
    ['nothing done, three months in', {}, { done: 0, overdue: 3, waiting: 0, equipmentPending: 1 }],
    [
      'the phone delivered, not yet acknowledged',
      { 1: { status: 'delivered' } },
      { done: 0, equipmentPending: 1 },
    ],
    [
      'the phone acknowledged',
      { 1: { status: 'acknowledged' } },
      { done: 1, overdue: 2, equipmentPending: 0 },
    ],
    ['the phone returned', { 1: { status: 'returned' } }, { done: 1, equipmentPending: 0 }],
    [
      'the milestone approved',
      { 2: { status: 'approved' } },
      { done: 1, overdue: 2, progress: 0.25 },
    ],
    [
      'the milestone rejected: overdue again',
      { 2: { status: 'rejected' } },
      { done: 0, overdue: 3 },
    ],
    [
      'a milestone submitted 4 days ago: waiting, and still overdue',
      { 2: { status: 'submitted', updatedAt: '2026-11-25T09:00:00.000Z' } },
      { waiting: 1, oldestWaitDays: 4, overdue: 3 },
    ],
    [
      'a milestone submitted today',
      { 2: { status: 'submitted', updatedAt: '2026-11-29T07:00:00.000Z' } },
      { waiting: 1, oldestWaitDays: 0 },
    ],
    [
      'a milestone submitted before stamps: its due date counts',
      { 2: { status: 'submitted', updatedAt: null } },
      { waiting: 1, oldestWaitDays: 53 },
    ],
    [
      'two waiting: the oldest counts',
      {
        2: { status: 'submitted', updatedAt: '2026-11-20T16:00:00.000Z' },
        3: { kind: 'milestone', status: 'submitted', updatedAt: '2026-11-27T10:00:00.000Z' },
      },
      { waiting: 2, oldestWaitDays: 9 },
    ],
    [
      'everything done',
      {
        0: { status: 'done' },
        1: { status: 'acknowledged' },
        2: { status: 'approved' },
        3: { status: 'done' },
      },
      { done: 4, progress: 1, overdue: 0 },
    ],
  ] as const)('%s', (_, patches, expected) => {
    expect(row({ steps: at(patches) })).toMatchObject({
      total: 4,
      oldestWaitDays: null,
      ...expected,
    });
  });

  it.each([
    ['the day before she starts', '2026-09-06', 0],
    ['her first day: due today is not overdue', '2026-09-07', 0],
    ['the next day', '2026-09-08', 2],
    ['on the milestone’s day', '2026-10-07', 2],
    ['after the training’s day', '2026-12-08', 4],
  ])('overdue %s (%s): %i', (_, today, overdue) => {
    expect(row({}, today).overdue).toBe(overdue);
  });

  it('counts a wait across the new year', () => {
    const steps = at({ 2: { status: 'submitted', updatedAt: '2026-12-28T17:00:00.000Z' } });
    expect(row({ steps }, '2027-01-04').oldestWaitDays).toBe(7);
  });

  it.each([
    ['a newcomer with no path', { path: null, steps: [], mentor: null }],
    ['a path without steps', { steps: [] }],
  ])('%s: nothing to count, nothing to divide by', (_, patch) => {
    const r = row(patch);
    expect([r.done, r.total, r.progress, r.overdue, r.waiting, r.equipmentPending]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });

  it('takes her place and dates from the path, and from her file without one', () => {
    expect(row()).toMatchObject({
      pathId: ids.path,
      circonscriptionId: ids.c2,
      startDate: '2026-09-07',
    });
    expect(row({ path: null, steps: [], mentor: null })).toMatchObject({
      pathId: null,
      circonscriptionId: ids.c1,
      startDate: '2026-09-01',
      mentorId: null,
      mentorName: null,
    });
  });

  it('names her identity, mentor and last sync', () => {
    const r = row({ lastSyncAt: '2026-11-20T08:00:00.000Z' });
    expect(r).toMatchObject({
      agentId: agent.id,
      displayName: 'Inès',
      job: agent.job,
      status: 'contract',
      mentorId: mentor.id,
      mentorName: 'Malika',
      lastSyncAt: '2026-11-20T08:00:00.000Z',
      freshness: 'old',
    });
    expect(row().freshness).toBe('never');
  });

  it.each([
    ['no device has said', {}, null],
    ['an older app said nothing', { pendingChanges: null }, null],
    ['nothing waits', { pendingChanges: 0 }, 0],
    ['three changes wait on her devices', { pendingChanges: 3 }, 3],
  ] as const)('counts the changes waiting on her devices: %s', (_, patch, expected) => {
    expect(row(patch).pendingChanges).toBe(expected);
  });

  // The training account of src/domain/training.ts: target prorated from her start date.
  it.each([
    ['nothing recorded in November', [], '2026-11-29', { year: 2026, days: 0, target: 1.5 }, true],
    ['two days in October', [training('2026-10-01', 2)], '2026-11-29', { days: 2 }, false],
    [
      'last year’s days do not count in January',
      [training('2026-10-01', 2)],
      '2027-01-04',
      { year: 2027, days: 0, target: 5 },
      false,
    ],
    ['nothing by 31 December', [], '2026-12-31', { days: 0 }, true],
  ] as const)('%s', (_, trainings, today, account, shortfall) => {
    const r = row({ trainings: [...trainings] }, today);
    expect(r.training).toMatchObject(account);
    expect(r.trainingShortfall).toBe(shortfall);
  });
});

describe('submittedOn', () => {
  it.each([
    [{ updatedAt: '2026-12-31T23:30:00.000Z', dueDate: '2026-10-07' }, '2026-12-31'],
    [{ updatedAt: null, dueDate: '2026-10-07' }, '2026-10-07'],
  ])('%j → %s', (step, expected) => {
    expect(submittedOn(step)).toBe(expected);
  });
});

describe('isSupervisedRecruit', () => {
  it.each([
    [['recruit'], false, true],
    [['recruit', 'mentor'], false, true],
    [['mentor'], false, false],
    [['manager'], false, false],
    [['mentor'], true, true], // a VAE path for an agent who is no longer a recruit
  ] as const)('roles %j, path %s → on the dashboard %s', (roles, hasPath, shown) => {
    expect(isSupervisedRecruit({ roles: [...roles] }, hasPath)).toBe(shown);
  });
});
