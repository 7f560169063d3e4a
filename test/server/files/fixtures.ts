import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import type { ContentTarget, FileRef } from '../../../src/domain/content/entity';
import type { Database } from '../../../src/server/store/database';
import { demo, login, sessionCookie } from '../helpers';

/** A fresh directory for the files of one describe block, removed after it. */
export function useFilesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcours-files-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What the directory holds: stored files and uploads in progress. */
export const filesIn = (dir: string) => readdirSync(dir).sort();

/** The smallest bytes each format is recognised by, then a tail so ranges have room. */
const tail = Buffer.from(Array.from({ length: 64 }, (_, i) => i));
export const samples = {
  mp4: Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    tail,
  ]),
  // EBML header whose DocType is "webm".
  webm: Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01]),
    Buffer.from([0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84]),
    Buffer.from('webm'),
    Buffer.from([0x42, 0x87, 0x81, 0x02, 0x42, 0x85, 0x81, 0x02]),
    tail,
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    tail,
  ]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]),
    tail,
  ]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  vtt: Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour, je suis Inès.\n'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), tail]),
};

export async function signIn(app: FastifyInstance, local: string): Promise<string> {
  return sessionCookie(await login(app, demo(local)));
}

export function upload(
  app: FastifyInstance,
  cookie: string | undefined,
  query: string,
  payload: Buffer | string | NodeJS.ReadableStream,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/files?${query}`,
    headers: {
      ...(cookie ? { cookie } : {}),
      'content-type': 'application/octet-stream',
      ...headers,
    },
    payload,
  });
}

export async function agentId(db: Database, local: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
    demo(local),
  ]);
  return row!.id;
}

export async function circonscriptionId(db: Database, name: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM circonscriptions WHERE name = $1', [
    name,
  ]);
  return row!.id;
}

export interface ItemRow {
  status: 'draft' | 'proposed' | 'published' | 'unpublished';
  target?: Partial<ContentTarget>;
  media?: { video: FileRef; poster: FileRef | null; captions: FileRef } | null;
  attachments?: FileRef[];
  proposedBy?: string | null;
  updatedBy: string;
  deleted?: boolean;
}

/** A content item written straight into its table, as the commands will write it. */
export async function insertItem(db: Database, item: ItemRow): Promise<string> {
  const id = randomUUID();
  const target = { services: [], jobs: [], statuses: [], circonscriptionIds: [], ...item.target };
  const media = item.media ? { ...item.media, durationSeconds: 60 } : null;
  await db.query(
    `INSERT INTO content_items (id, kind, status, title, theme, body, position, target, step,
       media, attachments, author_team, revision, proposed_by, updated_by, updated_at, deleted)
     VALUES ($1, $2, $3, 'Titre', '', '', 0, $4::jsonb, NULL, $5::jsonb, $6::jsonb, '', 1, $7,
       $8, now(), $9)`,
    [
      id,
      media ? 'video' : 'sheet',
      item.status,
      JSON.stringify(target),
      media ? JSON.stringify(media) : null,
      JSON.stringify(item.attachments ?? []),
      item.proposedBy ?? null,
      item.updatedBy,
      item.deleted ?? false,
    ],
  );
  return id;
}
