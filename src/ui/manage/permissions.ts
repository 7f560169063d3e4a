import { commands } from '../../domain/commands';
import type { Path } from '../../domain/entities';
import { may, type Actor, type Scope } from '../../domain/permissions';
import type { Circonscription } from '../../domain/organisation';

/**
 * Which commands the actor may run on this path, asked of the commands' own rules (DESIGN §7)
 * so that a screen offers exactly what the device and the server would accept.
 */
export function mayOnPath(
  actor: Actor | undefined,
  path: Path | null,
  circonscriptions: readonly Circonscription[] | undefined,
): (command: string) => boolean {
  if (!actor || !path) return () => false;
  const territoryId =
    circonscriptions?.find((c) => c.id === path.circonscriptionId)?.territoryId ?? '';
  const scope: Scope = {
    recruitId: path.recruitId,
    mentorId: path.mentorId,
    circonscriptionId: path.circonscriptionId,
    territoryId,
  };
  return (name) => {
    const command = commands.get(name);
    return command !== undefined && may(actor, scope, command.rule);
  };
}
