import { randomUUID } from 'node:crypto';
import { addDaysIso, daysBetween } from '../../src/domain/dates';
import type { Step } from '../../src/domain/entities';
import type { EmploymentStatus } from '../../src/domain/organisation';
import { createPath, isMilestone } from '../../src/domain/path';
import { demoTemplates, templateFor } from '../../src/domain/templates';
import { createPasswordHasher } from '../../src/server/auth/passwords';
import { seedDemoIfEmpty } from '../../src/server/demo/seed';
import { insertAgent } from '../../src/server/store/agents';
import type { Queryable } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';
import { upsert } from '../../src/server/store/table-spec';
import { tables } from '../../src/server/store/tables';

export const MANAGER = 'responsable@demo.parcours.fr';
export const TERRITORY_MANAGER = 'territoire@demo.parcours.fr';
const TERRITORY = 'Plaine Commune';
/** Recruits in each of the territory's five circonscriptions, the demo's own included. */
const PER_CIRCONSCRIPTION = 40;
/** The demo's three circonscriptions of Plaine Commune with their mentor, then two more. */
const places = [
  { name: 'Saint-Denis', mentor: 'tuteur@demo.parcours.fr' },
  { name: 'Aubervilliers', mentor: 'fatou.sow@demo.parcours.fr' },
  { name: 'Saint-Ouen', mentor: 'marc.lefebvre@demo.parcours.fr' },
  { name: 'La Courneuve', mentor: null },
  { name: 'Épinay-sur-Seine', mentor: null },
] as const;
const profiles: [string, EmploymentStatus][] = [
  ['Assistante de service social', 'contract'],
  ['Assistant de service social', 'civilServant'],
  ['Conseillère en économie sociale et familiale', 'contract'],
  ['Éducatrice spécialisée', 'contract'],
  ['Psychologue', 'contract'],
  ['Secrétaire médico-sociale', 'civilServant'],
  ['Assistante de service social', 'apprentice'],
  ['Éducateur spécialisé', 'vae'],
];

export interface SupervisorsDatabase {
  env: Record<string, string>;
  /** Recruits of the manager's circonscription (Saint-Denis), and of her territory. */
  circonscription: number;
  territory: number;
}

/**
 * A database of its own for the supervisors' figures (the 10,000-row sync seed puts hundreds
 * of recruits in Saint-Denis): the demo, then as many recruits as make each of Plaine
 * Commune's five circonscriptions hold 40 (two circonscriptions added), written by the
 * server's own code in one transaction. Deterministic but for ids.
 */
export async function supervisorsDatabase(dataDir: string): Promise<SupervisorsDatabase> {
  const db = await openPglite(dataDir);
  try {
    await migrate(db);
    await seedDemoIfEmpty(db, createPasswordHasher());
    const today = new Date().toISOString().slice(0, 10);
    await db.transaction((tx) => seedTerritory(tx, today));
    const count = async (where: string) => {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM agents a JOIN circonscriptions c
           ON c.id = a.circonscription_id JOIN territories t ON t.id = c.territory_id
         WHERE 'recruit' = ANY (a.roles) AND ${where}`,
        [TERRITORY],
      );
      return row!.n;
    };
    return {
      env: { PARCOURS_DATA_DIR: dataDir },
      circonscription: await count(`t.name = $1 AND c.name = 'Saint-Denis'`),
      territory: await count('t.name = $1'),
    };
  } finally {
    await db.close();
  }
}

async function seedTerritory(tx: Queryable, today: string) {
  const [territory] = await tx.query<{ id: string }>('SELECT id FROM territories WHERE name = $1', [
    TERRITORY,
  ]);
  for (const [c, place] of places.entries()) {
    const circonscriptionId = await circonscriptionOf(tx, territory!.id, place.name);
    const mentorId = place.mentor
      ? await idOf(tx, place.mentor)
      : await mentorFor(tx, circonscriptionId, c, today);
    const [{ n: existing } = { n: 0 }] = await tx.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM agents WHERE circonscription_id = $1 AND 'recruit' = ANY (roles)",
      [circonscriptionId],
    );
    for (let k = existing; k < PER_CIRCONSCRIPTION; k++) {
      await seedRecruit(tx, { c, k, circonscriptionId, mentorId, today });
    }
  }
}

const idOf = async (tx: Queryable, email: string) =>
  (await tx.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [email]))[0]!.id;

async function circonscriptionOf(tx: Queryable, territoryId: string, name: string) {
  const [found] = await tx.query<{ id: string }>(
    'SELECT id FROM circonscriptions WHERE territory_id = $1 AND name = $2',
    [territoryId, name],
  );
  if (found) return found.id;
  const [made] = await tx.query<{ id: string }>(
    "INSERT INTO circonscriptions (territory_id, name, service) VALUES ($1, $2, 'SSD') RETURNING id",
    [territoryId, name],
  );
  return made!.id;
}

async function mentorFor(tx: Queryable, circonscriptionId: string, c: number, today: string) {
  const mentor = await insertAgent(tx, {
    email: `bench.tuteur.${c}@demo.parcours.fr`,
    displayName: `Tuteur ${c}`,
    roles: ['mentor'],
    job: 'Assistant de service social',
    status: 'civilServant',
    circonscriptionId,
    startDate: addDaysIso(today, -2000),
    phone: null,
    passwordHash: null,
  });
  return mentor.id;
}

interface Recruit {
  /** The circonscription's rank, and the recruit's within it. */
  c: number;
  k: number;
  circonscriptionId: string;
  mentorId: string;
  today: string;
}

/** One recruit: a start date in the last 300 days, a mentor for seven in eight, the steps
 *  due over ten days ago done but for one in five (two left overdue), the latest milestone
 *  due submitted for one in four, a training for one in three, a device's last sync for five
 *  in six. */
async function seedRecruit(tx: Queryable, { c, k, circonscriptionId, mentorId, today }: Recruit) {
  const [job, status] = profiles[(k + c) % profiles.length]!;
  const startDate = addDaysIso(today, -((k * 149 + c * 53) % 300));
  const agent = await insertAgent(tx, {
    email: `bench.equipe.${c}.${k}@demo.parcours.fr`,
    displayName: `Recrue ${c}-${String(k).padStart(2, '0')}`,
    roles: ['recruit'],
    job,
    status,
    circonscriptionId,
    startDate,
    phone: null,
    passwordHash: null,
  });
  const template = templateFor(job, status) ?? templateFor(job, 'contract') ?? demoTemplates[0]!;
  const { path, steps } = createPath(template, {
    id: randomUUID(),
    recruitId: agent.id,
    mentorId: k % 8 === 7 ? null : mentorId,
    circonscriptionId,
    startDate,
  });
  await upsert(tx, tables.path, path);
  const past = steps.filter((step) => daysBetween(step.dueDate, today) > 10);
  const overdue = new Set(k % 5 === 0 ? past.slice(-2).map((s) => s.id) : []);
  const waiting = k % 4 === 1 ? past.filter(isMilestone).at(-1)?.id : undefined;
  for (const step of steps) {
    const state: Step =
      step.id === waiting
        ? submitted(step, addDaysIso(today, -(k % 9)))
        : past.includes(step) && !overdue.has(step.id)
          ? finished(step, mentorId)
          : step;
    await upsert(tx, tables.step, state);
  }
  if (k % 3 === 0) {
    const date = addDaysIso(today, -(k % 60));
    await upsert(tx, tables.training, {
      id: randomUUID(),
      agentId: agent.id,
      date: date.slice(0, 4) === today.slice(0, 4) ? date : `${today.slice(0, 4)}-01-01`,
      title: 'Accueil des nouveaux professionnels du travail social',
      provider: 'CNFPT',
      days: 0.5 * (1 + (k % 4)),
    });
  }
  if (k % 6 !== 5) {
    const seen = new Date(Date.parse(`${today}T08:00:00Z`) - (k % 15) * 86_400_000);
    await tx.query(
      'INSERT INTO clients (client_id, agent_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
      [randomUUID(), agent.id, seen.toISOString()],
    );
  }
}

const noon = (date: string) => `${date}T12:00:00.000Z`;

function finished(step: Step, deciderId: string): Step {
  const updatedAt = noon(addDaysIso(step.dueDate, 1));
  if (step.kind === 'equipment') {
    return { ...step, status: 'acknowledged', assetTag: `MAT-93-${step.position}`, updatedAt };
  }
  if (!isMilestone(step)) return { ...step, status: 'done', updatedAt };
  const decision = { by: deciderId, at: updatedAt, decision: 'approved' as const, comment: null };
  return { ...step, status: 'approved', submittedNote: 'Étape faite.', decision, updatedAt };
}

function submitted(step: Step, on: string): Step {
  const note = 'Bilan préparé avec mon tuteur.';
  return { ...step, status: 'submitted', submittedNote: note, updatedAt: noon(on) };
}
