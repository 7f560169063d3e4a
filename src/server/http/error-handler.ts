import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseBusy } from '../store/database';
import { HttpError } from './http-error';
import { applySecurityHeaders } from './security-headers';

/** Fastify's own request errors, translated into the API's codes. */
const fastifyErrors: Record<string, HttpError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new HttpError(400, 'invalid_json', 'The body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new HttpError(400, 'invalid_json', 'The JSON body is empty.'),
  FST_ERR_CTP_BODY_TOO_LARGE: new HttpError(413, 'body_too_large', 'The body exceeds 1 MB.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new HttpError(
    415,
    'unsupported_media_type',
    'Send application/json.',
  ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new HttpError(
    400,
    'invalid_content_length',
    'The Content-Length does not match the body.',
  ),
};

/** Seconds a client is asked to wait when the server is saturated: a device's backoff
 *  starts near it anyway, and a dozen seconds clear a burst of a département's pulls. */
export const RETRY_AFTER_SECONDS = 10;

/** The answer under overload (DESIGN §6: the client retries 5xx later, with backoff). */
export const overloaded = () =>
  new HttpError(503, 'overloaded', 'The server is busy: try again in a few seconds.', undefined, {
    'retry-after': String(RETRY_AFTER_SECONDS),
  });

/**
 * Every failure leaves as `{ error: { code, message, field? } }`. Client mistakes keep
 * their 4xx; anything else is logged and answered as a bare 500 that leaks no detail.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known =
      error instanceof HttpError
        ? error
        : error instanceof DatabaseBusy
          ? overloaded()
          : fastifyErrors[error.code];
    if (known) {
      return reply.code(known.statusCode).headers(known.headers).send(known.toBody());
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // The client's mistake, expected: its code and message say all, a stack says nothing.
      request.log.info({ code: error.code, status, reason: error.message }, 'request refused');
      const body = new HttpError(status, 'bad_request', error.message).toBody();
      return reply.code(status).send(body);
    }
    request.log.error({ err: error }, 'request failed');
    const body = new HttpError(500, 'internal', 'Something went wrong on the server.').toBody();
    return reply.code(500).send(body);
  });
}

/**
 * Errors Fastify meets before routing (an undecodable URL, say) skip the hooks and the
 * error handler; this gives them the same headers and body shape. Pass as `frameworkErrors`.
 * No route was matched, so whether the path meant the API is a guess: the answer is an
 * error either way, and is never cached.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  applySecurityHeaders(request, reply);
  reply.header('cache-control', 'no-store');
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  void reply.code(status).send(new HttpError(status, 'bad_request', error.message).toBody());
}
