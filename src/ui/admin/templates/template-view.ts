import { commands } from '../../../domain/commands';
import { may, type Actor, type Scope } from '../../../domain/permissions';

/** Templates belong to no path: the rules of their commands are asked about no place. */
const nowhere: Scope = { recruitId: '', mentorId: null, circonscriptionId: '', territoryId: '' };

/** Whether the actor may publish or retire templates, as the command's own rule says. */
export function mayOnTemplates(
  actor: Actor | undefined,
  name: 'template.publish' | 'template.retire',
): boolean {
  const command = commands.get(name);
  return actor !== undefined && command !== undefined && may(actor, nowhere, command.rule);
}
