import type { Role } from './organisation';

/** The signed-in agent, with what their roles reach (DESIGN §7). */
export interface Actor {
  agentId: string;
  roles: readonly Role[];
  /** Circonscriptions this agent manages (their own, plus any they cover). */
  circonscriptionIds: readonly string[];
  /** Territories this agent manages as territory manager. */
  territoryIds: readonly string[];
  /** Circonscriptions whose approvals were delegated to this agent, today. */
  delegatedCirconscriptionIds: readonly string[];
  /** For each of those, who delegated them (the first by id when several did): a decision
   *  made only through a delegation records it. */
  delegatorOf?: Readonly<Record<string, string>>;
}

/** Where a path (or an agent, through their path) sits. */
export interface Scope {
  recruitId: string;
  mentorId: string | null;
  circonscriptionId: string;
  territoryId: string;
  /** A practice-analysis group's facilitator, when the scope is a group's (she records its
   *  attendance). */
  facilitatorId?: string | null;
}

/** How an actor relates to a scope; a command names the relations that allow it. */
export type Relation =
  'own' | 'mentee' | 'circonscription' | 'delegated' | 'territory' | 'facilitator' | 'all';

export function relationsOf(actor: Actor, scope: Scope): Set<Relation> {
  const has = (role: Role) => actor.roles.includes(role);
  const found = new Set<Relation>();
  if (scope.recruitId === actor.agentId) found.add('own');
  if (has('mentor') && scope.mentorId === actor.agentId) found.add('mentee');
  if (has('manager') && actor.circonscriptionIds.includes(scope.circonscriptionId))
    found.add('circonscription');
  if (actor.delegatedCirconscriptionIds.includes(scope.circonscriptionId)) found.add('delegated');
  if (has('territoryManager') && actor.territoryIds.includes(scope.territoryId))
    found.add('territory');
  if (scope.facilitatorId && scope.facilitatorId === actor.agentId) found.add('facilitator');
  if (has('admin')) found.add('all');
  return found;
}

export interface Rule {
  allow: readonly Relation[];
  /** Relations that forbid whatever else holds: nobody approves their own milestone. */
  deny?: readonly Relation[];
}

export function may(actor: Actor, scope: Scope, rule: Rule): boolean {
  const relations = relationsOf(actor, scope);
  if (rule.deny?.some((relation) => relations.has(relation))) return false;
  return rule.allow.some((relation) => relations.has(relation));
}

/** Reading a path, its steps and its trainings. */
export const readPath: Rule = {
  allow: ['own', 'mentee', 'circonscription', 'delegated', 'territory', 'all'],
};

/** Reading what was said in mentor meetings: the mentor and the recruit only. */
export const readMeetingNotes: Rule = { allow: ['own', 'mentee'] };

interface ActorSources {
  agentId: string;
  roles: readonly Role[];
  circonscriptions: readonly { id: string; managerIds: readonly string[] }[];
  territories: readonly { id: string; managerIds: readonly string[] }[];
  delegations: readonly { fromAgentId: string; toAgentId: string; from: string; until: string }[];
  /** Her intérims: she manages those circonscriptions from their first to their last day.
   *  Optional for callers that know none. */
  interims?: readonly {
    managerId: string;
    circonscriptionId: string;
    from: string;
    until: string;
  }[];
  /** Today's date (YYYY-MM-DD): delegations hold from their first to their last day. */
  today: string;
}

/** What an agent's roles reach, from the organisation rows: the same function on the
 *  server (over SQL rows) and on the device (over its synced copy). */
export function actorOf(sources: ActorSources): Actor {
  const { agentId, today } = sources;
  const manages = (row: { managerIds: readonly string[] }) => row.managerIds.includes(agentId);
  const delegators = new Set(
    sources.delegations
      .filter((d) => d.toAgentId === agentId && d.from <= today && today <= d.until)
      .map((d) => d.fromAgentId),
  );
  const delegatorOf: Record<string, string> = {};
  for (const c of sources.circonscriptions) {
    const [first] = c.managerIds.filter((id) => delegators.has(id)).sort();
    if (first !== undefined) delegatorOf[c.id] = first;
  }
  return {
    agentId,
    roles: sources.roles,
    circonscriptionIds: [
      ...new Set([
        ...sources.circonscriptions.filter(manages).map((c) => c.id),
        ...(sources.interims ?? [])
          .filter((i) => i.managerId === agentId && i.from <= today && today <= i.until)
          .map((i) => i.circonscriptionId),
      ]),
    ],
    territoryIds: sources.territories.filter(manages).map((t) => t.id),
    delegatedCirconscriptionIds: Object.keys(delegatorOf),
    delegatorOf,
  };
}

/** Who delegated the approvals the actor holds over this scope, when she reaches it only
 *  through a delegation; null when she decides in her own right (manager or territory). */
export function delegatorFor(actor: Actor, scope: Scope): string | null {
  const relations = relationsOf(actor, scope);
  if (relations.has('circonscription') || relations.has('territory')) return null;
  if (!relations.has('delegated')) return null;
  return actor.delegatorOf?.[scope.circonscriptionId] ?? null;
}
