import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error';
import { isApi } from './security-headers';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell, the service worker and the manifest must be revalidated, or updates stall. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built client (Vite's dist/) when it exists. Files under /assets/ carry a
 * content hash in their name, so they are cached for a year; everything else is
 * revalidated on each load. Returns false when there is nothing to serve.
 */
export async function installStaticFiles(app: FastifyInstance, root: string): Promise<boolean> {
  const absolute = path.resolve(root);
  if (!existsSync(path.join(absolute, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: absolute,
    wildcard: true,
    // The build writes .br and .gz beside each file (scripts/precompress.mjs).
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, file) {
      const relative = path.relative(absolute, file).split(path.sep).join('/');
      res.setHeader('cache-control', relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      res.setHeader('vary', 'Accept-Encoding');
    },
  });
  return true;
}

/**
 * A page navigation, as opposed to a fetch for data or a missing asset. A path the API
 * could mean, however spelled (/%61pi/x, //api/x, /API/x), never gets the shell.
 */
function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (isApi(request)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Unknown API paths answer JSON; page navigations fall back to the client shell so that
 * deep links (/home, /paths/...) reach the client router; anything else is a 404.
 */
export function installNotFound(app: FastifyInstance, shell: boolean): void {
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (shell && isNavigation(request)) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    throw new HttpError(404, 'not_found', `Nothing at ${request.method} ${request.url}.`);
  });
}
