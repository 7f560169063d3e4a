import { useLiveQuery } from 'dexie-react-hooks';
import type { ContentItem } from '../domain/content/entity';
import { frenchOrder } from '../domain/content/search';
import { mayRead, recipient, type Recipient } from '../domain/content/targeting';
import { familyOf } from '../domain/figures/template-versions';
import type { Agent } from '../domain/organisation';
import { useRememberedQuery } from './remembered';
import type { UserDb } from './user-db';

/** The welcome content this device holds, read as its screens need it (issue 18). */

/** Her as targeting reads her: her circonscription gives the service. */
export async function recipientOf(db: UserDb, agent: Agent): Promise<Recipient> {
  const circonscription = agent.circonscriptionId
    ? await db.circonscription.get(agent.circonscriptionId)
    : undefined;
  return recipient(agent, circonscription?.service ?? null);
}

const inBookletOrder = (a: ContentItem, b: ContentItem) =>
  a.position - b.position || frenchOrder(a.title, b.title);

/** What the Bienvenue screen lists: the published items meant for her, in booklet order
 *  (the HR admin's device holds every item: she too sees only what is meant for her there),
 *  and the sheets she proposed, whatever their state; one read. */
export async function readWelcome(
  db: UserDb,
  agent: Agent,
): Promise<{ items: ContentItem[]; mine: ContentItem[] }> {
  const [who, items] = await db.transaction('r', db.circonscription, db.contentItem, () =>
    Promise.all([recipientOf(db, agent), db.contentItem.toArray()]),
  );
  const forHer = { ...who, roles: who.roles.filter((role) => role !== 'admin') };
  return {
    items: items
      .filter((item) => item.status === 'published' && mayRead(item, forHer))
      .sort(inBookletOrder),
    mine: items.filter((item) => item.proposedBy === agent.id).sort(inBookletOrder),
  };
}

/** What "Bienvenue" lists, live; coming back to it shows the last answer at once. */
export const useWelcome = (db: UserDb, agent: Agent) =>
  useRememberedQuery(db, 'welcome', () => readWelcome(db, agent), [agent]);

/** Every item the device holds (the HR admin's: all; a team's: its proposals too). */
export const useContentItems = (db: UserDb) =>
  useLiveQuery(async () => (await db.contentItem.toArray()).sort(inBookletOrder), [db]);

/** One item, or null when this device does not hold it. */
export const useContentItem = (db: UserDb, id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await db.contentItem.get(id)) ?? null) : null), [db, id]);

/** The published items linked to a step of her path: "read before your first home visit". */
export function useItemsForStep(db: UserDb, agent: Agent, pathId: string, title: string) {
  return useLiveQuery(async () => {
    const path = await db.path.get(pathId);
    const template = path ? await db.template.get(path.templateId) : undefined;
    if (!template) return [];
    const family = familyOf(template);
    const { items } = await readWelcome(db, agent);
    return items.filter((item) => item.step?.family === family && item.step.title === title);
  }, [db, agent, pathId, title]);
}
