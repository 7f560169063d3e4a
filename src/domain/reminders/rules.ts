import { addDaysIso, daysBetween, type IsoDate } from '../dates';
import { submittedOn } from '../figures/step-digest';
import { isDone } from '../step-status';
import type { Reminder, ReminderRows, ReminderRule } from './rows';
import type { ReminderThresholds } from './thresholds';

const dayMs = 86_400_000;

/**
 * Every reminder due today, for everyone the rows concern (issue 17, DESIGN §7b): the device
 * runs it over its synced rows and keeps the signed-in person's; the server's pass runs it
 * over the whole département. Pure: the same rows, day and thresholds give the same list.
 * A reminder stops by itself when its cause is gone (the step done, the milestone decided,
 * the device synced), since it is computed again from the rows every time.
 */
export function reminders(
  rows: ReminderRows,
  today: IsoDate,
  now: string,
  t: ReminderThresholds,
): Reminder[] {
  const out: Reminder[] = [];
  const add = (
    rule: ReminderRule,
    recipients: Iterable<string | null | undefined>,
    fields: Omit<Reminder, 'key' | 'rule' | 'recipientId' | 'href'>,
    href: (recipientId: string) => string,
  ) => {
    const key = `${rule}:${fields.subjectId}:${fields.threshold}`;
    for (const recipientId of new Set(recipients))
      if (recipientId) out.push({ key, rule, recipientId, ...fields, href: href(recipientId) });
  };
  const org = organisation(rows, today);

  for (const path of rows.paths) {
    if (!org.active(path.recruitId)) continue;
    const managers = org.managersOf(path.circonscriptionId);
    const recruitPage = (id: string) =>
      id === path.recruitId ? '/' : `/recrues/${path.recruitId}`;
    for (const step of org.stepsOf(path.id)) {
      if (isDone(step)) continue;
      const fields = { subjectId: step.id, recruitId: path.recruitId, on: step.dueDate };
      if (step.status === 'submitted') {
        const on = submittedOn(step);
        const waiting = daysBetween(on, today);
        const at = { ...fields, on, days: waiting };
        const href = () => '/validations';
        if (waiting >= t.milestoneWaiting)
          add(
            'milestoneWaiting',
            org.decidersOf(path.circonscriptionId),
            { ...at, threshold: t.milestoneWaiting },
            href,
          );
        if (waiting >= t.milestoneWaitingTerritory)
          add(
            'milestoneWaiting',
            org.territoryManagersOf(path.circonscriptionId),
            { ...at, threshold: t.milestoneWaitingTerritory },
            href,
          );
        continue;
      }
      const late = daysBetween(step.dueDate, today);
      const stepPage = (id: string) =>
        id === path.recruitId ? `/etapes/${step.id}` : `/recrues/${path.recruitId}`;
      if (late < 0 && -late <= t.stepDueSoon)
        add(
          'stepDueSoon',
          [path.recruitId],
          { ...fields, days: late, threshold: t.stepDueSoon },
          stepPage,
        );
      if (late >= t.stepOverdue)
        add(
          'stepOverdue',
          [path.recruitId, path.mentorId],
          { ...fields, days: late, threshold: t.stepOverdue },
          stepPage,
        );
      if (late >= t.stepOverdueManager)
        add(
          'stepOverdue',
          managers,
          { ...fields, days: late, threshold: t.stepOverdueManager },
          stepPage,
        );
    }
    const silent = silentSince(org.lastSync(path.recruitId), path.startDate, now, today);
    if (silent && silent.days >= t.silentDevice)
      add(
        'silentDevice',
        [path.mentorId],
        {
          subjectId: path.recruitId,
          recruitId: path.recruitId,
          on: silent.on,
          days: silent.days,
          threshold: t.silentDevice,
        },
        recruitPage,
      );
  }

  for (const session of rows.sessions) {
    const ahead = daysBetween(today, session.date);
    const group = org.group(session.groupId);
    if (!group || group.closed || ahead < 0 || ahead > t.sessionAhead) continue;
    add(
      'sessionAhead',
      (group.memberIds ?? []).filter(org.active),
      {
        subjectId: session.id,
        recruitId: null,
        on: session.date,
        days: -ahead,
        threshold: t.sessionAhead,
      },
      () => '/groupes',
    );
  }

  const last = addDaysIso(today, t.arrivalAhead);
  for (const agent of rows.agents) {
    if (!agent.roles.includes('recruit') || agent.disabled || !agent.circonscriptionId) continue;
    if (agent.startDate < today || agent.startDate > last) continue;
    const fields = {
      subjectId: agent.id,
      recruitId: agent.id,
      on: agent.startDate,
      days: -daysBetween(today, agent.startDate),
      threshold: t.arrivalAhead,
    };
    const managers = org.managersOf(agent.circonscriptionId);
    if (!org.hasPath(agent.id))
      add('arrivalWithoutPath', managers, fields, () => `/parcours/nouveau?recrue=${agent.id}`);
    if (agent.activated === false)
      add('arrivalNotActivated', managers, fields, () => `/equipe/${agent.id}/activation`);
  }
  return out.sort(byUrgency);
}

/** The longest-standing first: what is late before what is coming. */
const byUrgency = (a: Reminder, b: Reminder) =>
  b.days - a.days || a.on.localeCompare(b.on) || a.key.localeCompare(b.key);

/** How long a recruit's devices have been silent: since her last sync, or since her path
 *  started when none ever synced (a phone never activated is silent too). Elapsed time, not
 *  calendar days, as the dashboards read it (sync-freshness.ts). */
function silentSince(
  lastSyncAt: string | undefined,
  startDate: IsoDate,
  now: string,
  today: IsoDate,
) {
  if (lastSyncAt === undefined)
    return startDate <= today ? { on: startDate, days: daysBetween(startDate, today) } : null;
  return {
    on: lastSyncAt.slice(0, 10),
    days: Math.floor((Date.parse(now) - Date.parse(lastSyncAt)) / dayMs),
  };
}

/** Who is who today, indexed once so that a département's rows are read in one pass each. */
function organisation(rows: ReminderRows, today: IsoDate) {
  const agents = new Map(rows.agents.map((a) => [a.id, a]));
  const circonscriptions = new Map(rows.circonscriptions.map((c) => [c.id, c]));
  const territories = new Map(rows.territories.map((t) => [t.id, t]));
  const groups = new Map(rows.groups.map((g) => [g.id, g]));
  const lastSync = new Map(rows.syncHealth.map((h) => [h.id, h.lastSyncAt]));
  const recruitsWithPath = new Set(rows.paths.map((p) => p.recruitId));
  const holds = (span: { from: IsoDate; until: IsoDate }) =>
    span.from <= today && today <= span.until;
  const delegatesOf = new Map<string, string[]>();
  for (const d of rows.delegations.filter(holds))
    delegatesOf.set(d.fromAgentId, [...(delegatesOf.get(d.fromAgentId) ?? []), d.toAgentId]);
  const stepsOf = new Map<string, ReminderRows['steps'][number][]>();
  for (const step of rows.steps) {
    const list = stepsOf.get(step.pathId);
    if (list) list.push(step);
    else stepsOf.set(step.pathId, [step]);
  }
  const managersOf = (circonscriptionId: string): string[] => [
    ...(circonscriptions.get(circonscriptionId)?.managerIds ?? []),
    ...rows.interims
      .filter((i) => i.circonscriptionId === circonscriptionId && holds(i))
      .map((i) => i.managerId),
  ];
  return {
    /** An agent in post: known, not disabled, not gone. */
    active: (id: string) => {
      const agent = agents.get(id);
      return !!agent && !agent.disabled && !(agent.endDate && agent.endDate < today);
    },
    stepsOf: (pathId: string) => stepsOf.get(pathId) ?? [],
    group: (id: string) => groups.get(id),
    lastSync: (id: string) => lastSync.get(id),
    hasPath: (id: string) => recruitsWithPath.has(id),
    managersOf,
    /** Who decides milestones here today: each manager, or whom she delegated to while a
     *  delegation holds (she is away: the reminder goes to who acts for her). */
    decidersOf: (circonscriptionId: string) =>
      managersOf(circonscriptionId).flatMap((m) => delegatesOf.get(m) ?? [m]),
    territoryManagersOf: (circonscriptionId: string) => {
      const territoryId = circonscriptions.get(circonscriptionId)?.territoryId;
      return (territoryId && territories.get(territoryId)?.managerIds) || [];
    },
  };
}
