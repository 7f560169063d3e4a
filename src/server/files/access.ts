import {
  ContentStatus,
  ContentTarget,
  everyone,
  type ContentItem,
} from '../../domain/content/entity';
import { mayRead, recipient, type Recipient } from '../../domain/content/targeting';
import type { Agent, Service } from '../../domain/organisation';
import type { Queryable } from '../store/database';

/** A stored file as its record says. */
export interface StoredFile {
  id: string;
  kind: string;
  type: string;
  name: string;
  sha256: string;
  uploadedBy: string;
}

export async function storedFile(db: Queryable, id: string): Promise<StoredFile | null> {
  const [row] = await db.query<{
    id: string;
    kind: string;
    type: string;
    name: string;
    sha256: string;
    uploaded_by: string;
  }>('SELECT id, kind, type, name, sha256, uploaded_by FROM content_files WHERE id = $1', [id]);
  return row ? { ...row, uploadedBy: row.uploaded_by } : null;
}

/**
 * The items that name the file, as a video, its poster or captions, or an attachment. The
 * jsonb is searched without an index: a département publishes hundreds of items, not more.
 */
const ITEMS_NAMING = `
  SELECT status, target, proposed_by FROM content_items
   WHERE NOT deleted
     AND ($1::text IN (media->'video'->>'id', media->'poster'->>'id', media->'captions'->>'id')
          OR attachments @> jsonb_build_array(jsonb_build_object('id', $1::text)))`;

interface ItemRow {
  status: string;
  target: unknown;
  proposed_by: string | null;
}

/**
 * Whether she may have the file: her own upload (she attaches it before any item names
 * it), or a file of an item she may read (mayRead, the rule the pull applies to the items'
 * text). A proposal waiting for review lends only its proposer's own uploads: a team that
 * learnt another file's id cannot reach it by naming it in its proposal (content.save does
 * not see the files; once the HR admin has published the item, she has vouched for them).
 * Anything else is answered as if the file did not exist.
 */
export async function mayReadFile(db: Queryable, agent: Agent, file: StoredFile): Promise<boolean> {
  if (file.uploadedBy === agent.id) return true;
  const rows = await db.query<ItemRow>(ITEMS_NAMING, [file.id]);
  if (rows.length === 0) return false;
  const who = await recipientOf(db, agent);
  const lends = (row: ItemRow) =>
    row.status === 'published' || row.proposed_by === null || row.proposed_by === file.uploadedBy;
  return rows.some((row) => lends(row) && mayRead(readable(row), who));
}

/** A row as mayRead reads it. One whose status or target does not parse (written by
 *  hand?) reads as a draft for no one: the admin and its proposer still reach it. */
function readable(row: ItemRow): Pick<ContentItem, 'status' | 'target' | 'proposedBy'> {
  const status = ContentStatus.safeParse(row.status);
  const target = ContentTarget.safeParse(row.target);
  const sound = status.success && target.success;
  return {
    status: sound ? status.data : 'draft',
    target: sound ? target.data : everyone,
    proposedBy: row.proposed_by,
  };
}

async function recipientOf(db: Queryable, agent: Agent): Promise<Recipient> {
  const [row] = agent.circonscriptionId
    ? await db.query<{ service: Service }>('SELECT service FROM circonscriptions WHERE id = $1', [
        agent.circonscriptionId,
      ])
    : [];
  return recipient(agent, row?.service ?? null);
}
