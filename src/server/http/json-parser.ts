import type { FastifyInstance } from 'fastify';

/**
 * JSON is the only body the API reads. Fastify's text/plain parser goes, so a
 * `text/plain` body (what a cross-site <form> can send without a preflight) gets 415.
 * An empty JSON body reads as "no body", so `POST /api/auth/logout` with a stray
 * Content-Type still works; routes that need a body reject `undefined` themselves.
 */
export function installJsonParser(app: FastifyInstance): void {
  const strict = app.getDefaultJsonParser('error', 'error');
  // A push is a device's queue: refusing its whole body for one `__proto__` key somewhere
  // in one mutation's arguments would send it again, refused again, for ever (issue 12).
  // There the key is dropped instead — never set as a prototype — and each mutation is
  // judged on what is left, a refusal naming its field like any other.
  const lenient = app.getDefaultJsonParser('remove', 'remove');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) {
      done(null, undefined);
      return;
    }
    const parse = request.routeOptions.url === '/api/sync/push' ? lenient : strict;
    void parse(request, body.toString(), done);
  });
}
