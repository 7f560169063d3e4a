import type { Agent, EmploymentStatus, Role, Service } from '../organisation';
import type { ContentItem, ContentTarget, FileKind } from './entity';

/** What targeting reads of an agent: her own job, status and circonscription, and the
 *  service that circonscription serves (null for an agent outside any). */
export interface Recipient {
  id: string;
  roles: readonly Role[];
  job: string;
  status: EmploymentStatus;
  circonscriptionId: string | null;
  service: Service | null;
}

/** An agent as targeting reads her, given the service of her circonscription. */
export const recipient = (
  agent: Pick<Agent, 'id' | 'roles' | 'job' | 'status' | 'circonscriptionId'>,
  service: Service | null,
): Recipient => ({
  id: agent.id,
  roles: agent.roles,
  job: agent.job,
  status: agent.status,
  circonscriptionId: agent.circonscriptionId,
  service,
});

const narrows = <T>(list: readonly T[], value: T | null) =>
  list.length === 0 || (value !== null && list.includes(value));

/** Whether a target reaches her: every list that is not empty names her. */
export const isFor = (target: ContentTarget, who: Recipient): boolean =>
  narrows(target.services, who.service) &&
  narrows(target.jobs, who.job) &&
  narrows(target.statuses, who.status) &&
  narrows(target.circonscriptionIds, who.circonscriptionId);

/**
 * Whether she may read an item, its text and its files (the server checks every file it
 * serves with this; the pull's SQL in src/server/sync/in-scope.ts says the same, and a
 * test holds the two together): the HR admin reads all, a team its own proposals, anyone
 * a published item meant for her.
 */
export const mayRead = (
  item: Pick<ContentItem, 'status' | 'target' | 'proposedBy'>,
  who: Recipient,
): boolean =>
  who.roles.includes('admin') ||
  item.proposedBy === who.id ||
  (item.status === 'published' && isFor(item.target, who));

/** Who may propose a sheet: any agent but a recruit who is nothing else (DESIGN §7b:
 *  sharing is between teams; a newcomer reads). */
export const mayPropose = (roles: readonly Role[]): boolean =>
  roles.some((role) => role !== 'recruit');

/** Who may upload what: the HR admin any file; a team what a sheet carries (a PDF, an
 *  image). The server checks it; the editor offers only what it allows. */
export const mayUpload = (roles: readonly Role[], kind: FileKind): boolean =>
  roles.includes('admin') || (mayPropose(roles) && (kind === 'pdf' || kind === 'image'));
