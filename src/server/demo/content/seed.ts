import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileKinds, type FileKind, type FileRef, type Media } from '../../../domain/content/entity';
import type { FileStore } from '../../files/store';
import { lockFor, type Database, type Queryable } from '../../store/database';
import { upsertMany } from '../../store/table-spec';
import { tables } from '../../store/tables';
import { takeWriterLock } from '../../store/writers';
import { circonscriptions, DEMO_DOMAIN } from '../organisation';
import { demoContentFields, demoItems, demoVideo } from './items';

/** Reads a demo file into the store, as an upload would: hashed, counted, kept. */
async function store(
  files: FileStore,
  name: string,
  kind: FileKind,
  type: FileRef['type'],
): Promise<FileRef & { sha256: string; kind: FileKind }> {
  const staged = await files.stage(
    createReadStream(path.join(demoVideo.dir, name)),
    fileKinds[kind].maxBytes,
  );
  const id = randomUUID();
  await staged.keep(id);
  return { id, name, type, size: staged.size, sha256: staged.sha256, kind };
}

const hasContent = async (db: Queryable) =>
  (await db.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM content_items) AS found'))[0]
    ?.found === true;

/**
 * The demo's welcome content (issue 18), written once into a demo database that has none:
 * the video's files copied into the file store, then every item published by the demo's HR
 * admin, so a newcomer sees the feature at once. Returns whether it wrote.
 */
export async function seedDemoContentIfNone(
  db: Database,
  files: FileStore,
  now: Date,
): Promise<boolean> {
  const [hr] = await db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
    `rh@${DEMO_DOMAIN}`,
  ]);
  if (!hr || (await hasContent(db))) return false;
  const stored = [
    await store(files, demoVideo.file, 'video', 'video/webm'),
    await store(files, demoVideo.poster, 'image', 'image/jpeg'),
    await store(files, demoVideo.captions, 'captions', 'text/vtt'),
  ];
  const [video, poster, captions] = stored.map(({ id, name, type, size }) => ({
    id,
    name,
    type,
    size,
  }));
  const media: Media = {
    video: video!,
    poster: poster!,
    captions: captions!,
    durationSeconds: demoVideo.durationSeconds,
  };
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM circonscriptions',
  );
  const byName = new Map(rows.map(({ id, name }) => [name, id]));
  const ids = new Map(circonscriptions.map(({ key, name }) => [key, byName.get(name) ?? '']));
  const at = now.toISOString();
  return db.transaction(
    async (tx) => {
      await lockFor(tx, 'parcours:seed-content');
      if (await hasContent(tx)) return false;
      await takeWriterLock(tx);
      for (const file of stored)
        await tx.query(
          `INSERT INTO content_files (id, kind, type, name, size, sha256, uploaded_by, uploaded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [file.id, file.kind, file.type, file.name, file.size, file.sha256, hr.id, at],
        );
      const items = demoItems.map((item) => ({
        id: randomUUID(),
        ...demoContentFields(item, ids, media),
        status: 'published' as const,
        revision: 1,
        proposedBy: null,
        updatedBy: hr.id,
        updatedAt: at,
      }));
      await upsertMany(tx, tables.contentItem, items);
      return true;
    },
    { isolation: 'readCommitted' },
  );
}
