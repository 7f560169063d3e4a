import { screen } from '@testing-library/react';
import { openUserDb, saveIdentity, type UserDb } from '../../src/db';
import { addDaysIso, todayIso, yearOf } from '../../src/domain/dates';
import type { Step } from '../../src/domain/entities';
import { createPath, stepIdOf } from '../../src/domain/path';
import { assContractTemplate } from '../../src/domain/templates';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { renderApp } from './render-app';
import { pathStepsRecord } from '../../src/db/steps';

export const ids = {
  territory: '3c0b6a52-1f1e-4d0a-8a51-4f0e1d2c3b01',
  circonscription: agents.recruit.circonscriptionId!,
  path: '5f0c7c1e-8d7a-4b8e-9a51-2f1e0c3d4b01',
  group: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e01',
  pastSession: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e02',
  nextSession: '6a1d8e2f-9b3c-4d5e-8f60-7a8b9c0d1e03',
  meeting: '7b2e9f30-ac4d-4e6f-9071-8b9cad0e1f01',
  training: '8c3fa041-bd5e-4f70-a182-9cadbe1f2001',
  oldTraining: '8c3fa041-bd5e-4f70-a182-9cadbe1f2002',
};

/** Positions in the ASS contract template (the demo's first). */
export const steps = {
  welcome: 0, // admin, day 1 — done
  badge: 1, // equipment, day 1 — still "requested": overdue
  accounts: 2, // admin, day 1 — to do: overdue
  phone: 3, // equipment, day 1 — delivered, with an asset tag
  review1: 13, // milestone, month 1 — submitted
  review3: 21, // milestone, month 3 — to do
  review6: 25, // milestone, month 6 — rejected, with the manager's comment
};
export const stepId = (position: number) => stepIdOf(ids.path, position);

export const mentorPhone = '01 43 93 12 34';

interface Options {
  /** Name no mentor on the path. */
  noMentor?: boolean;
}

/** A recruit three weeks into her path, as a sync would have left her device: the
 *  organisation rows she may see, her path from a demo template, her mentor, a meeting, a
 *  training this year and one last year, a practice-analysis group with a past and a
 *  coming session. */
export async function seedRecruit(options: Options = {}) {
  await saveIdentity(agents.recruit);
  const db = openUserDb(agents.recruit.id);
  const today = todayIso(new Date());
  const year = yearOf(today);
  const created = createPath(assContractTemplate, {
    id: ids.path,
    recruitId: agents.recruit.id,
    mentorId: options.noMentor ? null : agents.mentor.id,
    circonscriptionId: ids.circonscription,
    startDate: addDaysIso(today, -20),
  });
  const patch: Record<number, Partial<Step>> = {
    [steps.welcome]: { status: 'done' },
    [steps.phone]: { status: 'delivered', assetTag: 'TEL-93-0412' },
    [steps.review1]: { status: 'submitted', submittedNote: 'Tout va bien.' },
    [steps.review6]: {
      status: 'rejected',
      decision: {
        by: agents.manager.id,
        at: new Date().toISOString(),
        decision: 'rejected',
        comment: 'Il manque le compte rendu de vos visites.',
      },
    },
  };
  const pathSteps = created.steps.map((step) => ({ ...step, ...patch[step.position], version: 1 }));

  await db.transaction('rw', db.tables, async () => {
    await db.territory.put({
      id: ids.territory,
      name: 'Territoire Est',
      managerIds: [agents.territoryManager.id],
      version: 1,
    });
    await db.circonscription.put({
      id: ids.circonscription,
      territoryId: ids.territory,
      name: 'Circonscription de Bondy',
      service: 'SSD',
      managerIds: [agents.manager.id],
      version: 1,
    });
    await db.agent.bulkPut([
      agents.recruit,
      { ...agents.mentor, job: 'Assistant·e de service social', phone: mentorPhone },
    ]);
    await db.template.put(assContractTemplate);
    await db.path.put({ ...created.path, version: 1 });
    await db.pathSteps.put(pathStepsRecord(ids.path, pathSteps));
    await db.meeting.put({
      id: ids.meeting,
      pathId: ids.path,
      date: addDaysIso(today, -13),
      notes: 'Premier rendez-vous : présentation de l’équipe.',
      authorId: agents.mentor.id,
      version: 1,
    });
    await db.training.bulkPut([
      {
        id: ids.training,
        agentId: agents.recruit.id,
        date: `${year}-03-10`,
        title: 'Accueil des publics',
        provider: 'CNFPT',
        days: 1.5,
        version: 1,
      },
      {
        id: ids.oldTraining,
        agentId: agents.recruit.id,
        date: `${year - 1}-11-11`,
        title: 'Préparation à la prise de poste',
        provider: null,
        days: 1,
        version: 1,
      },
    ]);
    await db.practiceGroup.put({
      id: ids.group,
      name: 'GAP Bondy – Noisy',
      facilitator: 'Claire Dubois, psychologue',
      territoryId: ids.territory,
      version: 1,
    });
    await db.groupSession.bulkPut([
      {
        id: ids.pastSession,
        groupId: ids.group,
        date: addDaysIso(today, -7),
        startTime: '14:00',
        durationMinutes: 120,
        place: 'Maison des solidarités',
        version: 1,
      },
      {
        id: ids.nextSession,
        groupId: ids.group,
        date: addDaysIso(today, 9),
        startTime: '09:30',
        durationMinutes: 150,
        place: 'Maison des solidarités, salle 2',
        version: 1,
      },
    ]);
  });
  return { db, today, year, steps: pathSteps };
}

/** Seeds the recruit, answers GET /api/auth/me, and opens the app at `path`. */
export async function openAsRecruit(path = '/', options: Options = {}) {
  const seeded = await seedRecruit(options);
  stubNetwork({ 'GET /api/auth/me': () => json(200, agents.recruit) });
  const app = await renderApp(path);
  return { ...seeded, ...app };
}

export const outboxOf = async (db: UserDb) =>
  (await db.outbox.toArray()).map(({ name, args }) => ({ name, args }));

/** Waits for a heading, lazily loaded screens included. */
export const findHeading = (name: string | RegExp, level = 1) =>
  screen.findByRole('heading', { level, name }, { timeout: 5_000 });
