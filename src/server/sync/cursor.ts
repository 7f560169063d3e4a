import { z } from 'zod';

/**
 * The pull cursor, opaque to the client: base64url of `{"v": <last version sent>,
 * "k": <scope key>, "n"?: <size of the page sent, when more follow>}`. Anything that does
 * not decode is "no cursor", which means a reset.
 */
const Cursor = z.strictObject({
  v: z.number().int().min(0),
  k: z.string().max(64),
  n: z.number().int().min(1).optional(),
});
export type Cursor = z.infer<typeof Cursor>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string | null): Cursor | undefined {
  if (text === null) return undefined;
  try {
    const parsed = Cursor.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
