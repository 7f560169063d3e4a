// The supervisors' screens' own queries, run in the page by the bench bundle: the peers of
// their render times (bench/supervisors.ts).
import { loadActor } from '../../src/db/actor';
import { readRecruitFile } from '../../src/db/recruit-file';
import { loadReminderSources, readReminders } from '../../src/db/reminders';
import { recruitRows, type RowsScope } from '../../src/db/supervision';
import { createUserDb, type UserDb } from '../../src/db/user-db';
import { todayIso } from '../../src/domain/dates';
import { timeline } from '../../src/domain/path';

/** The signed-in person's database on this device (one user database per agent). */
async function userDb(): Promise<{ db: UserDb; agentId: string }> {
  const name = (await indexedDB.databases())
    .map((db) => db.name ?? '')
    .find((n) => n.startsWith('parcours-user-'));
  if (!name) throw new Error('no user database');
  const agentId = name.slice('parcours-user-'.length);
  const db = createUserDb(agentId);
  await db.open();
  return { db, agentId };
}

async function timed<T>(repetitions: number, run: () => Promise<T>) {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    last = await run();
    times.push(performance.now() - start);
  }
  return { times, last: last as T };
}

/** The dashboard's query (recruitRows) of a manager's own circonscriptions, as ManagerHome
 *  scopes it, or of everything the device holds (`all`: the territory's view), on a fresh
 *  handle: ms each, and the rows it returned. */
async function recruitRowsMs(which: 'mine' | 'all', repetitions: number) {
  const { db, agentId } = await userDb();
  try {
    let scope: RowsScope = {};
    if (which === 'mine') {
      const agent = await db.agent.get(agentId);
      if (!agent) throw new Error('no agent row for the signed-in person');
      scope = { circonscriptionIds: (await loadActor(db, agent)).circonscriptionIds };
    }
    const now = new Date();
    const { times, last } = await timed(repetitions, () =>
      recruitRows(db, scope, todayIso(now), now.toISOString()),
    );
    return { times, rows: last.length };
  } finally {
    db.close();
  }
}

/** A recruit's page's query (readRecruitFile): ms each, and the steps the page shows unfolded. */
async function recruitFileMs(recruitId: string, repetitions: number) {
  const { db } = await userDb();
  try {
    const { times, last } = await timed(repetitions, () => readRecruitFile(db, recruitId));
    if (!last) throw new Error(`no recruit ${recruitId} on this device`);
    // Her page shows what is due now and next; 'Plus tard' and 'Fait' are folded, their
    // steps rendered only when opened (as on her own timeline).
    const { now, next } = timeline(last.steps, todayIso(new Date()));
    return { times, steps: now.length + next.length, name: last.agent.displayName };
  } finally {
    db.close();
  }
}

/** The reminders' centre (issue 17): her reminders computed (readReminders), and the bare
 *  read of the same rows (loadReminderSources), in turns on a fresh handle: ms each. */
async function remindersMs(repetitions: number) {
  const { db, agentId } = await userDb();
  try {
    const agent = await db.agent.get(agentId);
    if (!agent) throw new Error('no agent row for the signed-in person');
    const read: number[] = [];
    const ready: number[] = [];
    let count = 0;
    let steps = 0;
    for (let i = 0; i < repetitions; i++) {
      const a = await timed(1, () => loadReminderSources(db, agent));
      read.push(a.times[0]!);
      steps = a.last.rows.steps.length;
      const b = await timed(1, () => readReminders(db, agent));
      ready.push(b.times[0]!);
      count = b.last.length;
    }
    return { read, ready, count, steps };
  } finally {
    db.close();
  }
}

export const supervisorsApi = { recruitRowsMs, recruitFileMs, remindersMs };
