import { randomUUID } from 'node:crypto';
import { addDaysIso, daysBetween } from '../../domain/dates';
import type { Step } from '../../domain/entities';
import { createPath, isMilestone } from '../../domain/path';
import { demoTemplates, templateFor } from '../../domain/templates';
import type { Queryable } from '../store/database';
import { upsert } from '../store/table-spec';
import { tables } from '../store/tables';
import { people, type DemoPerson } from './organisation';

/** What seed.ts created, by the demo's keys: emails, circonscription keys, territory names. */
export interface SeededOrganisation {
  agents: ReadonlyMap<string, string>;
  circonscriptions: ReadonlyMap<string, string>;
  territories: ReadonlyMap<string, string>;
  today: string;
}

export interface DemoPath {
  person: DemoPerson;
  pathId: string;
  recruitId: string;
  mentorId: string;
  startDate: string;
}

export const INES = 'recrue@demo.parcours.fr';
/** Steps due longer ago than this are done; the more recent ones are left overdue. */
const DONE_BEFORE_DAYS = 10;

export const idOf = (org: SeededOrganisation, email: string): string => {
  const id = org.agents.get(email);
  if (id === undefined) throw new Error(`Demo data names an unknown person: ${email}`);
  return id;
};

const managerOf = (home: string | null) =>
  people.find((p) => home !== null && p.manages?.includes(home));

const at = (date: string, time: string) => `${date}T${time}:00.000Z`;

/** A step as it stands after the first weeks went well: done, acknowledged or approved. */
function finished(step: Step, managerId: string): Step {
  const updatedAt = at(addDaysIso(step.dueDate, 1), '10:00');
  if (step.kind === 'equipment') {
    const tag = `${(step.itemType ?? 'MAT').slice(0, 3).toUpperCase()}-93-${step.id.slice(0, 5)}`;
    return { ...step, status: 'acknowledged', assetTag: tag, updatedAt };
  }
  if (!isMilestone(step)) return { ...step, status: 'done', updatedAt };
  const decision = {
    by: managerId,
    at: at(addDaysIso(step.dueDate, 2), '09:30'),
    decision: 'approved' as const,
    comment: 'Très bon démarrage, objectifs de l’étape atteints. Bravo !',
  };
  return { ...step, status: 'approved', submittedNote: 'Étape faite.', decision, updatedAt };
}

/** Inès waits for Sophie Lambert on her latest milestone, and has a phone to acknowledge. */
function inesSteps(steps: Step[], today: string): Step[] {
  const due = steps.filter((s) => isMilestone(s) && s.dueDate <= today);
  const waiting = due.at(-1) ?? steps.find(isMilestone);
  return steps.map((step) => {
    if (step.id === waiting?.id) {
      const note =
        'Bilan préparé avec Julien : je me sens prête à mener seule les premiers entretiens ' +
        'd’accueil et les visites à domicile simples.';
      // Six days: past the 5 after which her manager is reminded (issue 17), as a newcomer
      // to the demo sees at once.
      const updatedAt = at(addDaysIso(today, -6), '16:45');
      return { ...step, status: 'submitted', submittedNote: note, decision: null, updatedAt };
    }
    if (step.kind === 'equipment' && step.itemType === 'phone') {
      const updatedAt = at(addDaysIso(today, -3), '11:00');
      return { ...step, status: 'delivered', assetTag: 'TEL-93-04127', updatedAt };
    }
    return step;
  });
}

/** A path for every demo recruit, from the template of their job and status, with their
 *  mentor: the older steps done, two or three recent ones overdue. */
export async function seedPaths(tx: Queryable, org: SeededOrganisation): Promise<DemoPath[]> {
  for (const template of demoTemplates) await upsert(tx, tables.template, template);
  const made: DemoPath[] = [];
  for (const person of people) {
    if (!person.mentor || person.home === null) continue;
    const template =
      templateFor(person.job, person.status) ??
      templateFor(person.job, 'contract') ??
      demoTemplates[0]!;
    const recruitId = idOf(org, person.email);
    const mentorId = idOf(org, person.mentor);
    const managerId = idOf(org, managerOf(person.home)?.email ?? person.mentor);
    const startDate = addDaysIso(org.today, -person.startedDaysAgo);
    const circonscriptionId = org.circonscriptions.get(person.home)!;
    const pathId = randomUUID();
    const { path, steps } = createPath(template, {
      id: pathId,
      recruitId,
      mentorId,
      circonscriptionId,
      startDate,
    });
    let states = steps.map((step) =>
      daysBetween(step.dueDate, org.today) > DONE_BEFORE_DAYS ? finished(step, managerId) : step,
    );
    if (person.email === INES) states = inesSteps(states, org.today);
    await upsert(tx, tables.path, path);
    for (const step of states) await upsert(tx, tables.step, step);
    made.push({ person, pathId, recruitId, mentorId, startDate });
  }
  return made;
}

const inesMeetings = [
  [3, 'Premier point : présentation de l’équipe, des partenaires du quartier et du logiciel.'],
  [
    24,
    'Retour sur les premières permanences. Inès gagne en assurance ; travailler la rédaction ' +
      'des évaluations sociales.',
  ],
  [
    48,
    'Visite à domicile faite en binôme. Préparer le bilan du jalon et s’inscrire au prochain ' +
      'GAP.',
  ],
] as const;

/** Mentor meetings between Julien and Inès, with what was said. */
export async function seedMeetings(tx: Queryable, paths: readonly DemoPath[]): Promise<void> {
  const ines = paths.find((p) => p.person.email === INES);
  if (!ines) return;
  for (const [day, notes] of inesMeetings) {
    await upsert(tx, tables.meeting, {
      id: randomUUID(),
      pathId: ines.pathId,
      date: addDaysIso(ines.startDate, day),
      notes,
      authorId: ines.mentorId,
    });
  }
}
