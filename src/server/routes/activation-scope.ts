import { activationPermission, scopeAbove } from '../../domain/activation';
import type { Role } from '../../domain/organisation';
import { HttpError } from '../http/http-error';
import type { Queryable } from '../store/database';
import { actorFor } from '../sync/actor';
import { sqlReader } from '../sync/reader';

interface Target {
  id: string;
  display_name: string;
  roles: Role[];
  disabled: boolean;
}

/**
 * Checks that the asker may have a code for every one of these agents (DESIGN §7, through
 * the domain's rule), in the transaction that stores the codes: all of them or none.
 * Answers their names in order. An agent she may not reach is answered exactly as one that
 * does not exist (404), so the endpoint reveals nothing beyond her own scope; `fieldOf`
 * names the refused one in the request.
 */
export async function checkTargets(
  tx: Queryable,
  askerId: string,
  agentIds: readonly string[],
  fieldOf: (index: number) => string,
  now: Date,
): Promise<string[]> {
  const actor = await actorFor(tx, askerId, now.toISOString().slice(0, 10));
  if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
  const rows = await tx.query<Target>(
    'SELECT id, display_name, roles, disabled FROM agents WHERE id = ANY($1::uuid[])',
    [agentIds],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const reader = sqlReader(tx);
  const names: string[] = [];
  for (const [index, id] of agentIds.entries()) {
    const field = fieldOf(index);
    const target = byId.get(id);
    // Agents above circonscriptions (HR, territory managers) have no scope of their own.
    const scope = target && ((await reader.scopeOfAgent(id)) ?? scopeAbove(id));
    const permission = target && scope ? activationPermission(actor, scope, target.roles) : null;
    if (!target || permission === null || permission === 'outOfScope') {
      throw new HttpError(404, 'not_found', 'No such agent.', field);
    }
    if (permission === 'rolesBeyondRecruit') {
      throw new HttpError(
        403,
        'roles_beyond_recruit',
        'Only HR asks for the code of an agent with roles beyond recruit.',
        field,
      );
    }
    if (target.disabled) {
      throw new HttpError(
        409,
        'agent_disabled',
        'This account is disabled: enable it first.',
        field,
      );
    }
    names.push(target.display_name);
  }
  return names;
}
