// Two practice-analysis groups over the fixture's organisation, for the domain's table
// tests: the mentor leads one in territory t1, the other mentor one in t2. Not shipped.
import type { GroupSession, PracticeGroup } from '../entities';
import type { MemoryReader } from './fixture';
import { ids } from './fixture';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const groupIds = {
  own: uuid(201),
  other: uuid(202),
  /** On the fixture's day (2026-11-23): a session a week ago, and one in a week. */
  pastSession: uuid(211),
  nextSession: uuid(212),
  otherPastSession: uuid(213),
  otherNextSession: uuid(214),
};

export const groups: Record<'own' | 'other', PracticeGroup> = {
  own: {
    id: groupIds.own,
    name: 'GAP Saint-Denis',
    facilitator: 'Agent 31',
    facilitatorId: ids.mentor,
    territoryId: ids.t1,
    circonscriptionIds: [ids.c1],
    service: null,
    memberIds: [ids.recruit, ids.newRecruit],
    closed: false,
    version: 1,
  },
  other: {
    id: groupIds.other,
    name: 'GAP Montreuil',
    facilitator: 'Agent 32',
    facilitatorId: ids.otherMentor,
    territoryId: ids.t2,
    circonscriptionIds: [],
    service: 'SSD',
    memberIds: [ids.otherRecruit, ids.farRecruit],
    closed: false,
    version: 1,
  },
};

const session = (id: string, groupId: string, date: string): GroupSession => ({
  id,
  groupId,
  date,
  startTime: '14:00',
  durationMinutes: 120,
  place: 'Maison des solidarités',
  version: 1,
});

export const sessions = [
  session(groupIds.pastSession, groupIds.own, '2026-11-16'),
  session(groupIds.nextSession, groupIds.own, '2026-11-30'),
  session(groupIds.otherPastSession, groupIds.other, '2026-11-16'),
  session(groupIds.otherNextSession, groupIds.other, '2026-11-30'),
];

export function addGroups(read: MemoryReader): void {
  for (const row of Object.values(groups)) read.put({ entity: 'practiceGroup', op: 'put', row });
  for (const row of sessions) read.put({ entity: 'groupSession', op: 'put', row });
}
