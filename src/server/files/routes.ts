import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import { openDiskStore } from './disk-store';
import { downloadRoutes } from './download';
import type { FileStore } from './store';
import { uploadRoutes } from './upload';

/**
 * The welcome content's files (issue 18): uploaded by the HR admin and the teams, served
 * to whoever may read an item naming them. Without a directory (an app built for a test
 * or a tool that has no files), a temporary one lives as long as the app.
 */
export async function fileRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  dir: string | undefined,
): Promise<FileStore> {
  let root = dir;
  if (root === undefined) {
    const temporary = await mkdtemp(path.join(tmpdir(), 'parcours-files-'));
    app.addHook('onClose', () => rm(temporary, { recursive: true, force: true }));
    root = temporary;
  }
  const store = await openDiskStore(root, ctx.now());
  uploadRoutes(app, ctx, store);
  downloadRoutes(app, ctx, store);
  return store;
}
