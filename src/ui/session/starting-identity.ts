// Not the db barrel, which would pull the commands and zod into the login chunk.
import type { StoredIdentity } from '../../db/device-db';
import { readIdentity, wipeDevice } from '../../db/identity';
import * as auth from './auth-api';

/**
 * The identity the app opens as, read from the device before the first render. A logout
 * that was cut short after it began (the tab closed, a navigation) is finished here: the
 * device is wiped and the server told, as far as it can be, so the app opens on the login
 * screen instead of the data its user logged out of.
 */
export async function startingIdentity(): Promise<StoredIdentity | null> {
  const identity = await readIdentity();
  if (!identity?.loggingOut) return identity;
  await wipeDevice();
  void auth.logOut(); // best effort, as in a logout offline
  return null;
}
