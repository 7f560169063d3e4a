import type { Queryable } from '../store/database';
import { instant } from './sql';

/** What she wrote or uploaded for the welcome content (issue 18): the items she proposed or
 *  edited (any revision), and her files, by name and size. */
export interface ContentPart {
  contentWritten: {
    title: string;
    kind: string;
    status: string;
    proposed: boolean;
    revisionsByHer: number;
    updatedAt: string;
  }[];
  filesUploaded: { name: string; type: string; size: number; at: string }[];
}

export async function readContent(tx: Queryable, agentId: string): Promise<ContentPart> {
  const contentWritten = await tx.query<ContentPart['contentWritten'][number]>(
    `SELECT t.title, t.kind, t.status, t.proposed_by IS NOT DISTINCT FROM $1::uuid AS proposed,
            ((t.updated_by = $1::uuid)::int + (SELECT count(*)::int FROM content_revisions r
               WHERE r.item_id = t.id AND r.row->>'updated_by' = $1::text)) AS "revisionsByHer",
            ${instant('t.updated_at')} AS "updatedAt"
       FROM content_items t
      WHERE NOT t.deleted AND (t.proposed_by = $1::uuid OR t.updated_by = $1::uuid
         OR EXISTS (SELECT 1 FROM content_revisions r
                     WHERE r.item_id = t.id AND r.row->>'updated_by' = $1::text))
      ORDER BY t.updated_at, t.id`,
    [agentId],
  );
  const filesUploaded = await tx.query<ContentPart['filesUploaded'][number]>(
    `SELECT name, type, size::float8 AS size, ${instant('uploaded_at')} AS at
       FROM content_files WHERE uploaded_by = $1::uuid ORDER BY uploaded_at, id`,
    [agentId],
  );
  return { contentWritten, filesUploaded };
}
