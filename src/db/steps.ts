import type { Step } from '../domain/entities';
import { stepDigest, type StepDigest } from '../domain/figures/step-digest';
import { writeRows } from './bulk-write';
import type { UserDb } from './user-db';

/**
 * A path's steps, kept on the device as ONE IndexedDB record: an initial sync brings
 * thousands of steps (27 a path from the ASS template), and IndexedDB's cost is per record
 * far more than per byte: a manager's 10,000 rows make ~1,100 records this way, put ~7×
 * faster than one record a row (`npm run bench`, "raw puts of our own records"). Every
 * screen reads a path's steps together anyway; a change to one step rewrites its path's
 * record (a few KB).
 * The server and the protocol still know steps row by row.
 */
export interface PathSteps {
  pathId: string;
  /** In id order, which is position order (`<path id>.<position>`). */
  steps: Step[];
  /** How many await a decision: indexed, so that the review queue reads only those paths. */
  waiting: number;
}

/** A step's id begins with its path's id (see stepIdOf in src/domain/path.ts), so a step is
 *  found, and a server's tombstone placed, without another index. */
export const pathIdOfStep = (stepId: string): string => stepId.slice(0, stepId.lastIndexOf('.'));

const byId = (a: Step, b: Step) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function pathStepsRecord(pathId: string, steps: Step[]): PathSteps {
  const sorted = [...steps].sort(byId);
  return { pathId, steps: sorted, waiting: sorted.filter((s) => s.status === 'submitted').length };
}

export async function getStep(db: UserDb, stepId: string): Promise<Step | undefined> {
  const record = await db.pathSteps.get(pathIdOfStep(stepId));
  return record?.steps.find((step) => step.id === stepId);
}

export async function stepsOfPath(db: UserDb, pathId: string): Promise<Step[]> {
  return (await db.pathSteps.get(pathId))?.steps ?? [];
}

/** Every step this device holds, in id order. */
export async function allSteps(db: UserDb): Promise<Step[]> {
  return (await db.pathSteps.toArray()).flatMap((record) => record.steps);
}

/** Every path's step digest (figures/step-digest.ts): what the dashboards and the progress
 *  report read, a few numbers a path instead of its ~40 steps. */
export async function allStepDigests(db: UserDb): Promise<StepDigest[]> {
  return db.pathDigest.toArray();
}

/** Milestones submitted and awaiting a decision, among the paths this device holds. */
export async function waitingSteps(db: UserDb): Promise<Step[]> {
  const records = await db.pathSteps.where('waiting').above(0).toArray();
  return records.flatMap((record) => record.steps.filter((s) => s.status === 'submitted'));
}

/** Above this many records, IndexedDB's own puts (writeRows): Dexie marks the whole table
 *  changed from 50 rows on anyway, and its per-row bookkeeping doubles an initial sync's cost. */
const BULK = 50;

/** Puts and deletes steps inside the current read-write transaction: each path touched has
 *  its record read, changed and written back once; a path left with no step loses it. */
export async function writeSteps(
  db: UserDb,
  puts: readonly Step[],
  deletes: readonly string[],
): Promise<void> {
  const touched = new Map<string, { puts: Step[]; deletes: Set<string> }>();
  const of = (pathId: string) => {
    const entry = touched.get(pathId) ?? { puts: [], deletes: new Set<string>() };
    touched.set(pathId, entry);
    return entry;
  };
  for (const id of deletes) of(pathIdOfStep(id)).deletes.add(id);
  for (const step of puts) of(pathIdOfStep(step.id)).puts.push(step);

  const pathIds = [...touched.keys()];
  const stored = await db.pathSteps.bulkGet(pathIds);
  const records: PathSteps[] = [];
  const emptied: string[] = [];
  pathIds.forEach((pathId, i) => {
    const change = touched.get(pathId)!;
    const steps = new Map((stored[i]?.steps ?? []).map((step) => [step.id, step]));
    for (const id of change.deletes) steps.delete(id);
    for (const step of change.puts) steps.set(step.id, step);
    if (steps.size === 0) emptied.push(pathId);
    else records.push(pathStepsRecord(pathId, [...steps.values()]));
  });
  // Each record's digest beside it, in the same transaction: they never disagree.
  const digests = records.map((record) => stepDigest(record.pathId, record.steps));
  if (records.length + emptied.length > BULK) {
    writeRows(db.pathSteps, records as unknown as Record<string, unknown>[], emptied);
    writeRows(db.pathDigest, digests as unknown as Record<string, unknown>[], emptied);
    return;
  }
  await db.pathSteps.bulkPut(records);
  await db.pathSteps.bulkDelete(emptied);
  await db.pathDigest.bulkPut(digests);
  await db.pathDigest.bulkDelete(emptied);
}
