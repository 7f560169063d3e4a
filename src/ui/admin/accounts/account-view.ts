import { commands } from '../../../domain/commands';
import { mayGrantRoles } from '../../../domain/commands/agents';
import type { Agent, Circonscription, Role } from '../../../domain/organisation';
import { may, type Actor, type Scope } from '../../../domain/permissions';

/** How an account stands: she signs in (active), has not chosen her password yet, or no more. */
export const accountStates = ['active', 'notActivated', 'disabled'] as const;
export type AccountState = (typeof accountStates)[number];

export const accountState = (agent: Agent): AccountState =>
  agent.disabled ? 'disabled' : agent.activated ? 'active' : 'notActivated';

/** The accounts' commands' own rule (agent.create, agent.update and agent.disable share it). */
const ruleOf = (name: 'agent.create' | 'agent.update') => {
  const command = commands.get(name);
  if (!command) throw new Error(`${name} is not a command`);
  return command.rule;
};

/** Where an agent sits for the rules: her circonscription and its territory; nowhere for
 *  people above circonscriptions (HR, territory managers), whom only the HR admin reaches. */
export function agentScope(
  agent: Pick<Agent, 'id' | 'circonscriptionId'>,
  circonscriptions: readonly Circonscription[],
): Scope {
  const home = circonscriptions.find((c) => c.id === agent.circonscriptionId);
  return {
    recruitId: agent.id,
    mentorId: null,
    circonscriptionId: home?.id ?? '',
    territoryId: home?.territoryId ?? '',
  };
}

/** Whether the actor grants every role. The commands let the HR admin alone grant roles
 *  beyond recruit, or change an agent who holds them (agents.ts, checkRoles). */
export const grantsAnyRole = (actor: Actor): boolean => mayGrantRoles(actor, ['admin']);

/** The roles the actor may give: all of them for HR, recruit for the others. */
export const grantableRoles = (actor: Actor, all: readonly Role[]): Role[] =>
  all.filter((role) => mayGrantRoles(actor, [role]));

/** Whether the actor may change this account: agent.update's rule where the agent sits, and
 *  an agent holding roles beyond recruit is HR's alone, as the command says. */
export function mayEdit(
  actor: Actor,
  agent: Agent,
  circonscriptions: readonly Circonscription[],
): boolean {
  if (!may(actor, agentScope(agent, circonscriptions), ruleOf('agent.update'))) return false;
  return mayGrantRoles(actor, agent.roles);
}

/** The open circonscriptions where the actor may create a person (agent.create's rule), by
 *  name; `keep` stays listed (her current one, closed or out of reach, so it shows). */
export function reachableCirconscriptions(
  actor: Actor,
  circonscriptions: readonly Circonscription[],
  keep: string | null = null,
): Circonscription[] {
  const rule = ruleOf('agent.create');
  return circonscriptions
    .filter(
      (c) =>
        c.id === keep ||
        (!c.closed && may(actor, agentScope({ id: '', circonscriptionId: c.id }, [c]), rule)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Whether the actor may place a person in no circonscription (HR, territory managers). */
export const mayPlaceNowhere = (actor: Actor): boolean =>
  may(actor, agentScope({ id: '', circonscriptionId: null }, []), ruleOf('agent.create'));

/** Whether the actor creates accounts at all: somewhere in her reach, or above it. */
export const mayCreate = (actor: Actor, circonscriptions: readonly Circonscription[]) =>
  mayPlaceNowhere(actor) || reachableCirconscriptions(actor, circonscriptions).length > 0;

/** Jobs offered while typing one: those of the path templates, each once, by name. */
export const jobsOf = (templates: readonly { job: string }[]): string[] =>
  [...new Set(templates.map((template) => template.job))].sort((a, b) => a.localeCompare(b, 'fr'));
