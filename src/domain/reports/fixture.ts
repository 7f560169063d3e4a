// Plain rows for the reports' table tests: two territories, three circonscriptions, and
// builders for the rest. Not shipped: only tests import it.
import type { Path, Step, Training, Tutoring } from '../entities';
import type { Agent, Circonscription, Interim, Territory } from '../organisation';
import type { ReportRows } from './scope';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = { t1: uuid(1), t2: uuid(2), c1: uuid(11), c2: uuid(12), c3: uuid(13) };

export const territories: Territory[] = [
  { id: ids.t1, name: 'Plaine Commune', managerIds: [], version: 1 },
  { id: ids.t2, name: 'Est Ensemble', managerIds: [], version: 1 },
];

export const circonscriptions: Circonscription[] = [
  {
    id: ids.c1,
    territoryId: ids.t1,
    name: 'Saint-Denis',
    service: 'SSD',
    managerIds: [],
    version: 1,
  },
  {
    id: ids.c2,
    territoryId: ids.t1,
    name: 'Saint-Ouen',
    service: 'ASE',
    managerIds: [],
    version: 1,
  },
  { id: ids.c3, territoryId: ids.t2, name: 'Bobigny', service: 'PMI', managerIds: [], version: 1 },
];

export const agent = (n: number, more: Partial<Agent> = {}): Agent => ({
  id: uuid(n),
  email: `agent${n}@demo.parcours.fr`,
  displayName: `Agent ${n}`,
  roles: ['recruit'],
  job: 'Assistante de service social',
  status: 'contract',
  circonscriptionId: ids.c1,
  startDate: '2020-01-01',
  phone: null,
  endDate: null,
  ...more,
});

let next = 1000;
const fresh = () => uuid(next++);

export const training = (agentId: string, date: string, days: number): Training => ({
  id: fresh(),
  agentId,
  date,
  title: 'Formation',
  provider: null,
  days,
  version: 1,
});

export const path = (recruitId: string, more: Partial<Path> = {}): Path => ({
  id: fresh(),
  recruitId,
  mentorId: null,
  templateId: uuid(999),
  circonscriptionId: ids.c1,
  startDate: '2026-01-05',
  version: 1,
  ...more,
});

export const step = (pathId: string, position: number, more: Partial<Step> = {}): Step => ({
  id: `${pathId}.${String(position).padStart(2, '0')}`,
  pathId,
  position,
  kind: 'admin',
  title: `Étape ${position}`,
  help: '',
  dueDate: '2026-02-01',
  needsApproval: false,
  status: 'todo',
  itemType: null,
  assetTag: null,
  submittedNote: null,
  decision: null,
  updatedAt: null,
  version: 1,
  ...more,
});

export const tutoring = (
  tutorId: string,
  tuteeId: string,
  tuteeStatus: Tutoring['tuteeStatus'],
  from: string,
  until: string | null,
): Tutoring => ({ id: fresh(), tutorId, tuteeId, tuteeStatus, from, until, version: 1 });

export const interim = (
  managerId: string,
  circonscriptionId: string,
  from: string,
  until: string,
): Interim => ({ id: fresh(), managerId, circonscriptionId, from, until, version: 1 });

export const rows = (more: Partial<ReportRows>): ReportRows => ({
  territories,
  circonscriptions,
  agents: [],
  paths: [],
  stepDigests: [],
  trainings: [],
  tutorings: [],
  interims: [],
  ...more,
});
