import type { FastifyInstance } from 'fastify';

/**
 * JSON is the only body the API reads. Fastify's text/plain parser goes, so a
 * `text/plain` body (what a cross-site <form> can send without a preflight) gets 415.
 * An empty JSON body reads as "no body", so `POST /api/auth/logout` with a stray
 * Content-Type still works; routes that need a body reject `undefined` themselves.
 */
export function installJsonParser(app: FastifyInstance): void {
  const strict = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) {
      done(null, undefined);
      return;
    }
    void strict(request, body.toString(), done);
  });
}
