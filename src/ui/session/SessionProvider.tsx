import { useEffect, useMemo, useState, type ReactNode } from 'react';
// Not the db barrel, which would pull the commands and zod into the login chunk.
import type { StoredIdentity } from '../../db/device-db';
import { adoptIdentity, markLoggingOut, watchIdentity, wipeDevice } from '../../db/identity';
import type { Agent } from '../../domain/organisation';
import * as auth from './auth-api';
import { SessionContext, type Session } from './session-context';

interface Props {
  /** Read from the device before the first render, so a signed-in start needs no network. */
  initialIdentity: StoredIdentity | null;
  children: ReactNode;
}

export function SessionProvider({ initialIdentity, children }: Props) {
  const [identity, setIdentity] = useState(initialIdentity);
  const [expired, setExpired] = useState(false);

  // Follows the stored identity, including a logout or login in another tab.
  useEffect(() => watchIdentity(setIdentity), []);

  // In the background, ask the server whether the stored session still holds.
  useEffect(() => {
    if (!initialIdentity) return;
    let current = true;
    void auth.fetchMe().then(async (answer) => {
      if (!current) return;
      if (answer.kind === 'unauthenticated') setExpired(true);
      if (answer.kind !== 'signedIn') return;
      const adopted = await adoptIdentity(answer.agent);
      // Unmounted while the device stored it (a test's end, a logout): nothing to update.
      if (current) setIdentity(adopted);
    });
    return () => {
      current = false;
    };
  }, [initialIdentity]);

  const session = useMemo<Session>(() => {
    // The server has just opened a session for her (login or activation): she is this
    // device's identity from now on.
    const signedIn = async (agent: Agent) => {
      setIdentity(await adoptIdentity(agent));
      setExpired(false);
      // Ask the browser not to evict this device's data under storage pressure.
      void navigator.storage?.persist?.().catch(() => false);
    };
    return {
      identity,
      expired,
      expire: () => setExpired(true),
      logIn: async (email, password) => {
        const result = await auth.logIn(email, password);
        if (result.ok) await signedIn(result.agent);
        return result;
      },
      signedIn,
      logOut: async () => {
        await markLoggingOut(); // a logout cut short from here on is finished at the next start
        await auth.logOut();
        forgetPushSubscription();
        await wipeDevice();
        setIdentity(null);
        setExpired(false);
      },
    };
  }, [identity, expired]);

  return <SessionContext value={session}>{children}</SessionContext>;
}

/** This browser stops receiving the notifications of the person signing out (the server
 *  dropped her subscription with the session already); kept here, import-free, for the login
 *  chunk's size. */
function forgetPushSubscription(): void {
  void navigator.serviceWorker
    ?.getRegistration()
    .then((registration) => registration?.pushManager?.getSubscription())
    .then((subscription) => subscription?.unsubscribe())
    .catch(() => undefined);
}
