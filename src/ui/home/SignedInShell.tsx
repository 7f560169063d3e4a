import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet } from 'react-router';
import { openUserDb } from '../../db';
import { primaryRole, type Agent } from '../../domain/organisation';
import { UserDataProvider } from '../data/UserDataProvider';
import { useSession } from '../session/session-context';
import { Notices } from '../sync/Notices';
import { useSync } from '../sync/sync-context';
import { SyncProvider } from '../sync/SyncProvider';
import { SyncStatusBar } from '../sync/SyncStatusBar';
import { navigationFor } from '../layout/navigation';
import { RoleNav } from '../layout/RoleNav';
import { RemindersProvider } from '../reminders/reminders-context';

// Only recruits download their navigation.
const RecruitNav = lazy(() => import('../recruit/RecruitNav'));

const isRecruit = (roles: Parameters<typeof primaryRole>[0]) => primaryRole(roles) === 'recruit';

/** Everything behind the login: the agent's own database kept in sync with the server, the
 *  sync status, and the role's navigation (a column beside the content at a desk). */
export default function SignedInShell() {
  const { identity, expire } = useSession();
  if (!identity) return null;
  const { agent } = identity;
  return <Shell agent={agent} expire={expire} />;
}

function Shell({ agent, expire }: { agent: Agent; expire: () => void }) {
  const db = openUserDb(agent.id); // one instance per agent: the same one the screens use
  const leadsGroups = useLiveQuery(
    async () => (await db.practiceGroup.filter((g) => g.facilitatorId === agent.id).count()) > 0,
    [db, agent.id],
  );
  const supervising = navigationFor(agent.roles, { leadsGroups });
  return (
    <SyncProvider db={db} agent={agent} onUnauthorized={expire}>
      <SyncedUserData agent={agent}>
        <div className={isRecruit(agent.roles) ? 'shell shell--recruit' : 'shell'}>
          {supervising ? (
            <RoleNav entries={supervising} />
          ) : (
            <Suspense fallback={null}>
              <RecruitNav />
            </Suspense>
          )}
          <div className="shell__content">
            <SyncStatusBar db={db} />
            <Notices db={db} />
            <Outlet />
          </div>
        </div>
      </SyncedUserData>
    </SyncProvider>
  );
}

/** Every local write asks the engine to push about a second later. */
function SyncedUserData({ agent, children }: { agent: Agent; children: ReactNode }) {
  const { afterWrite } = useSync();
  return (
    <UserDataProvider agent={agent} onWrite={afterWrite}>
      <RemindersProvider>{children}</RemindersProvider>
    </UserDataProvider>
  );
}

/** The recruit's own screens; anyone else goes back to their home. */
export function RecruitOnly() {
  const { identity } = useSession();
  if (!identity || !isRecruit(identity.agent.roles)) return <Navigate to="/" replace />;
  return <Outlet />;
}
