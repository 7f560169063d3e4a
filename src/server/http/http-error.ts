import type { z } from 'zod';
import type { ApiError } from '../../domain/api';
import { unstorableTextAt } from '../../domain/text';

/** An answer the client is meant to read: status plus the API's error body (DESIGN §6). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ApiError {
    const error: ApiError['error'] = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    return { error };
  }
}

/**
 * Validates input at the edge. The first issue decides the answer, naming the offending
 * field so the client can point at it: `field` is the issue's path joined with '.', or
 * for an unexpected key, that key. Text the database cannot store (NUL, a lone surrogate)
 * is refused first, wherever it sits, so that no message quotes it and no query gets it;
 * a push checks its mutations' arguments one by one instead (`text: 'per mutation'`), since
 * refusing the whole push would jam the device's queue.
 */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  { text = 'checked' }: { text?: 'checked' | 'per mutation' } = {},
): z.output<S> {
  const unstorable = text === 'checked' ? unstorableTextAt(value) : undefined;
  if (unstorable !== undefined) {
    const message = 'This text holds a character that cannot be stored.';
    throw new HttpError(400, 'invalid', message, unstorable || undefined);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new HttpError(400, 'invalid', 'Invalid request.');
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    path.push(issue.keys[0]);
  }
  const field = path.length > 0 ? path.join('.') : undefined;
  const message = value === undefined ? 'A JSON body is required.' : issue.message;
  throw new HttpError(400, 'invalid', field ? `${field}: ${message}` : message, field);
}
