import { randomUUID } from 'node:crypto';
import { addDaysIso } from '../../domain/dates';
import type { Queryable } from '../store/database';
import { upsert } from '../store/table-spec';
import { tables } from '../store/tables';
import { circonscriptions, people, territories } from './organisation';
import { idOf, INES, type DemoPath, type SeededOrganisation } from './paths';

/** Training records: [email, days ago, title, provider, days]. Inès has 1.5 days this year. */
const trainings = [
  [INES, 25, 'Accueil des nouveaux professionnels du travail social', 'CNFPT', 1],
  [INES, 8, 'Prise en main du logiciel de suivi social', 'Département — DSI', 0.5],
  ['lucas.martin', 40, 'Droits des étrangers : les bases', 'CNFPT', 2],
  ['yanis.bouaziz', 60, 'Préparer son livret VAE', 'AFPA', 1.5],
  ['camille.dubois', 30, 'Budget et surendettement', 'CNFPT', 3],
  ['sarah.cohen', 50, 'Évaluation des informations préoccupantes', 'CNFPT', 2.5],
  [
    'moussa.diarra',
    15,
    'Violences conjugales : repérer et orienter',
    'Centre Hubertine Auclert',
    1,
  ],
  ['chloe.bernard', 12, 'Accueil téléphonique en PMI', 'Département — DRH', 0.5],
] as const;

/** The first group is led from outside; the second, in each territory, by a colleague (by
 *  email), who schedules its sessions and records who came. */
const groups: readonly { name: string; outsider: string; leaders?: Record<string, string> }[] = [
  {
    name: 'Analyse des pratiques — Accueil et premiers entretiens',
    outsider: 'Claire Vasseur, psychologue',
  },
  {
    name: 'Analyse des pratiques — Protection de l’enfance',
    outsider: 'Olivier Marchand, psychosociologue',
    leaders: { 'Plaine Commune': 'marc.lefebvre', 'Est Ensemble': 'helene.garnier' },
  },
];

const email = (local: string) => (local.includes('@') ? local : `${local}@demo.parcours.fr`);

/** Clamped into the current year, so "days this year" reads as the data says. */
const thisYear = (date: string, today: string) =>
  date < `${today.slice(0, 4)}-01-01` ? `${today.slice(0, 4)}-01-01` : date;

export async function seedActivity(
  tx: Queryable,
  org: SeededOrganisation,
  paths: readonly DemoPath[],
): Promise<void> {
  for (const [who, ago, title, provider, days] of trainings) {
    const date = thisYear(addDaysIso(org.today, -ago), org.today);
    const agentId = idOf(org, email(who));
    await upsert(tx, tables.training, { id: randomUUID(), agentId, date, title, provider, days });
  }
  for (const territory of territories) await seedGroups(tx, org, territory);
  for (const path of paths) {
    const status = path.person.status;
    if (status !== 'apprentice' && status !== 'intern' && status !== 'civicService') continue;
    await upsert(tx, tables.tutoring, {
      id: randomUUID(),
      tutorId: path.mentorId,
      tuteeId: path.recruitId,
      tuteeStatus: status,
      from: path.startDate,
      until: null,
    });
  }
}

/** Two practice-analysis groups per territory, whose members are its recruits: a session
 *  three weeks ago (with attendance) and two in the coming weeks. Attendance only: nothing
 *  of what is said. */
async function seedGroups(tx: Queryable, org: SeededOrganisation, territory: string) {
  const territoryId = org.territories.get(territory)!;
  const keys = circonscriptions.filter((c) => c.territory === territory).map((c) => c.key);
  const members = people.filter((p) => p.mentor && p.home !== null && keys.includes(p.home));
  const memberIds = members.map((member) => idOf(org, member.email));
  for (const [g, { name, outsider, leaders }] of groups.entries()) {
    const groupId = randomUUID();
    const leader = people.find((p) => leaders && p.email === email(leaders[territory] ?? ''));
    const facilitatorId = leader ? idOf(org, leader.email) : null;
    const facilitator = leader?.displayName ?? outsider;
    await upsert(tx, tables.practiceGroup, {
      id: groupId,
      name,
      facilitator,
      facilitatorId,
      territoryId,
      circonscriptionIds: [],
      service: null,
      memberIds,
      closed: false,
    });
    for (const offset of [-21, 10 + g * 7, 38 + g * 7]) {
      const sessionId = randomUUID();
      await upsert(tx, tables.groupSession, {
        id: sessionId,
        groupId,
        date: addDaysIso(org.today, offset),
        startTime: g === 0 ? '14:00' : '09:30',
        durationMinutes: 120,
        place: `Maison des solidarités — ${territory}`,
      });
      if (offset > 0) continue;
      for (const [i, member] of members.entries()) {
        const agentId = idOf(org, member.email);
        await upsert(tx, tables.attendance, {
          id: `${sessionId}:${agentId}`,
          sessionId,
          agentId,
          present: (i + g) % 3 !== 2,
        });
      }
    }
  }
}
