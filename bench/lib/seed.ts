import { randomUUID } from 'node:crypto';
import { addDaysIso } from '../../src/domain/dates';
import { createPath } from '../../src/domain/path';
import { assContractTemplate } from '../../src/domain/templates';
import { createPasswordHasher } from '../../src/server/auth/passwords';
import { seedDemoIfEmpty } from '../../src/server/demo/seed';
import { insertAgent } from '../../src/server/store/agents';
import { migrate } from '../../src/server/store/migrate';
import type { Database } from '../../src/server/store/database';
import { upsert } from '../../src/server/store/table-spec';
import { tables } from '../../src/server/store/tables';
import { pull } from '../../src/server/sync/pull';

export const MANAGER = 'responsable@demo.parcours.fr';

/** How many rows `email`'s first pull carries, counted by the server's own pull. */
async function pullSize(db: Database, email: string) {
  const [me] = await db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [email]);
  const answer = await pull(db, me!.id, randomUUID(), null, new Date(), 1_000_000);
  return answer.changes.length;
}

/**
 * Seeds a database with the demo, plus as many extra recruits (each with a path
 * from the ASS template, no mentor) in Saint-Denis as make the manager's first pull carry
 * at least `rows` rows, all through the server's own code: migrations, demo seed,
 * createPath and the table specs' writer. Returns the rows her pull carries.
 */
export async function seedCirconscription(db: Database, rows: number): Promise<number> {
  await migrate(db);
  await seedDemoIfEmpty(db, createPasswordHasher());
  const base = await pullSize(db, MANAGER);
  const perRecruit = 2 + assContractTemplate.steps.length; // agent + path + steps
  const extra = Math.max(0, Math.ceil((rows - base) / perRecruit));
  const [home] = await db.query<{ id: string }>(
    "SELECT id FROM circonscriptions WHERE name = 'Saint-Denis'",
  );
  const today = new Date().toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    for (let i = 0; i < extra; i++) {
      const startDate = addDaysIso(today, -(i % 300));
      const agent = await insertAgent(tx, {
        email: `bench.recrue.${i}@demo.parcours.fr`,
        displayName: `Recrue ${i}`,
        roles: ['recruit'],
        job: 'Assistante de service social',
        status: 'contract',
        circonscriptionId: home!.id,
        startDate,
        phone: null,
        passwordHash: null,
      });
      const { path, steps } = createPath(assContractTemplate, {
        id: randomUUID(),
        recruitId: agent.id,
        mentorId: null,
        circonscriptionId: home!.id,
        startDate,
      });
      await upsert(tx, tables.path, path);
      for (const step of steps) await upsert(tx, tables.step, step);
    }
  });
  return pullSize(db, MANAGER);
}
