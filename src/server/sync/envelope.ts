import type { z } from 'zod';
import { maxMutationsPerPush, protocolVersion, type PushRequest } from '../../domain/protocol';
import { HttpError, parse } from '../http/http-error';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a sync envelope. The protocol is looked at first: a client speaking another version
 * may send a shape this server cannot parse, and must learn that it is outdated (426), not
 * that its body is wrong. Then the body is validated strictly (400 `invalid` with a field).
 */
export function readEnvelope<S extends z.ZodType>(
  schema: S,
  body: unknown,
  text: Parameters<typeof parse>[2] = {},
): z.output<S> {
  if (isObject(body) && typeof body.protocol === 'number' && body.protocol !== protocolVersion) {
    throw new HttpError(
      426,
      'unsupported_protocol',
      `This server speaks sync protocol ${protocolVersion}; update the app.`,
      'protocol',
    );
  }
  return parse(schema, body, text);
}

/**
 * A push's own checks, before any mutation runs. More than the cap is 413
 * `too_many_mutations` (the body is too large for one push; the client splits it). Ids must
 * increase by 1 within the batch (DESIGN §6), so a gap can only show at the batch's first
 * new mutation, before anything was applied.
 */
export function readPush(schema: z.ZodType<PushRequest>, body: unknown): PushRequest {
  if (isObject(body) && Array.isArray(body.mutations)) {
    if (body.mutations.length > maxMutationsPerPush) {
      throw new HttpError(
        413,
        'too_many_mutations',
        `A push carries at most ${maxMutationsPerPush} mutations; send the rest in another push.`,
        'mutations',
      );
    }
  }
  // A mutation's text is its own refusal (runCommand), never the whole push's; what else a
  // push holds (ids, a uuid, dates) has formats that no such character passes.
  const push = readEnvelope(schema, body, { text: 'per mutation' });
  push.mutations.forEach((mutation, i) => {
    const previous = push.mutations[i - 1];
    if (previous && mutation.id !== previous.id + 1) {
      const field = `mutations.${i}.id`;
      throw new HttpError(400, 'invalid', `${field}: mutation ids must increase by 1`, field);
    }
  });
  return push;
}
