import webpush from 'web-push';
import type { Queryable } from '../store/database';

export interface VapidKeys {
  /** base64url, as browsers take it for applicationServerKey. */
  publicKey: string;
  privateKey: string;
}

/**
 * The deployment's VAPID key pair (RFC 8292): drawn on the first start and kept in the
 * database, so that every process and every restart signs with the same key and the
 * browsers' subscriptions stay valid. Two processes starting together draw one each; the
 * first insert wins and both read it back.
 */
export async function vapidKeys(db: Queryable, now: Date): Promise<VapidKeys> {
  const read = async () =>
    (
      await db.query<VapidKeys>(
        'SELECT public_key AS "publicKey", private_key AS "privateKey" FROM push_keys WHERE id = 1',
      )
    )[0];
  const found = await read();
  if (found) return found;
  const drawn = webpush.generateVAPIDKeys();
  await db.query(
    `INSERT INTO push_keys (id, public_key, private_key, created_at) VALUES (1, $1, $2, $3)
     ON CONFLICT (id) DO NOTHING`,
    [drawn.publicKey, drawn.privateKey, now],
  );
  return (await read())!;
}
