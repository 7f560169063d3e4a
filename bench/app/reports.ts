// The reports on the device (issue 15, item 11), run in the page by the bench bundle: the
// domain's report functions over the rows read from the signed-in person's Dexie database,
// each timed beside the Dexie read alone of the same rows (bench/reports.ts).
import { loadActor } from '../../src/db/actor';
import { allStepDigests } from '../../src/db/steps';
import { trainingsOfYear } from '../../src/db/trainings';
import { createUserDb, type UserDb } from '../../src/db/user-db';
import { todayIso } from '../../src/domain/dates';
import type { Actor } from '../../src/domain/permissions';
import {
  bonusLedger,
  progressReport,
  reportScope,
  trainingDaysReport,
  type ReportRows,
} from '../../src/domain/reports';

export type ReportName = 'trainingDays' | 'bonuses' | 'progress';

const none = { stepDigests: [], trainings: [], tutorings: [], interims: [] } as const;

/** The tables each report's screen reads (src/ui/reports: useReportRows and each screen's
 *  list), the organisation first, whole; trainings of this year. */
async function readRows(db: UserDb, report: ReportName): Promise<ReportRows> {
  const [territories, circonscriptions, agents, paths] = await Promise.all([
    db.territory.toArray(),
    db.circonscription.toArray(),
    db.agent.toArray(),
    db.path.toArray(),
  ]);
  const people = { ...none, territories, circonscriptions, agents, paths };
  // This year's trainings, as the screens read them (report-rows.ts).
  const year = Number(todayIso(new Date()).slice(0, 4));
  if (report === 'trainingDays') return { ...people, trainings: await trainingsOfYear(db, year) };
  const [tutorings, interims] = await Promise.all([db.tutoring.toArray(), db.interim.toArray()]);
  if (report === 'bonuses') return { ...people, tutorings, interims };
  const [stepDigests, trainings] = await Promise.all([
    allStepDigests(db),
    trainingsOfYear(db, year),
  ]);
  return { ...people, stepDigests, trainings, tutorings, interims };
}

/** The report itself, for the signed-in person (`actor`: the screens hold it already, from
 *  useUserData), as of now. */
function compute(actor: Actor, report: ReportName, rows: ReportRows): number {
  const scope = reportScope(actor, rows.circonscriptions);
  if (!scope) throw new Error('no report scope for the signed-in person');
  const now = new Date();
  const today = todayIso(now);
  if (report === 'trainingDays')
    return trainingDaysReport(rows, Number(today.slice(0, 4)), scope, today).length;
  if (report === 'bonuses')
    return bonusLedger(rows, { year: Number(today.slice(0, 4)) }, scope).length;
  return progressReport(rows, scope, today, now.toISOString()).lines.length;
}

const countOf = (rows: ReportRows) =>
  Object.values(rows).reduce((sum: number, list) => sum + (list as unknown[]).length, 0);

/**
 * `repetitions` rounds on one handle of `agentId`'s database: the Dexie read of the report's
 * rows (`readMs`), and that read plus the report (`readyMs`: what a screen waits for before
 * it can draw). Rows read and lines made, from the last round.
 */
async function reportMs(agentId: string, report: ReportName, repetitions: number) {
  const db = createUserDb(agentId);
  await db.open();
  try {
    const agent = await db.agent.get(agentId);
    if (!agent) throw new Error('no agent row for the signed-in person');
    const actor = await loadActor(db, agent);
    const readMs: number[] = [];
    const readyMs: number[] = [];
    let rows = 0;
    let lines = 0;
    for (let i = 0; i < repetitions; i++) {
      const start = performance.now();
      const read = await readRows(db, report);
      const loaded = performance.now();
      lines = compute(actor, report, read);
      readyMs.push(performance.now() - start);
      readMs.push(loaded - start);
      rows = countOf(read);
    }
    return { readMs, readyMs, rows, lines };
  } finally {
    db.close();
  }
}

/** What the device holds, to know when its initial sync is over. */
async function heldRows(agentId: string) {
  const db = createUserDb(agentId);
  await db.open();
  try {
    const [agents, paths, steps, trainings] = await Promise.all([
      db.agent.count(),
      db.path.count(),
      allStepDigests(db),
      db.training.count(),
    ]);
    return {
      agents,
      paths,
      steps: steps.reduce((sum, digest) => sum + digest.total, 0),
      trainings,
    };
  } finally {
    db.close();
  }
}

export const reportsApi = { reportMs, heldRows };
