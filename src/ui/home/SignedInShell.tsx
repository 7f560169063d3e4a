import { lazy, Suspense } from 'react';
import { Navigate, Outlet } from 'react-router';
import { primaryRole } from '../../domain/organisation';
import { UserDataProvider } from '../data/UserDataProvider';
import { useSession } from '../session/session-context';

// Only recruits download their navigation.
const RecruitNav = lazy(() => import('../recruit/RecruitNav'));

const isRecruit = (roles: Parameters<typeof primaryRole>[0]) => primaryRole(roles) === 'recruit';

/** Everything behind the login: the agent's own database, and a recruit's tab bar. */
export default function SignedInShell() {
  const { identity } = useSession();
  if (!identity) return null;
  return (
    <UserDataProvider agent={identity.agent}>
      {isRecruit(identity.agent.roles) ? (
        <Suspense fallback={null}>
          <RecruitNav />
        </Suspense>
      ) : null}
      <Outlet />
    </UserDataProvider>
  );
}

/** The recruit's own screens; anyone else goes back to their home. */
export function RecruitOnly() {
  const { identity } = useSession();
  if (!identity || !isRecruit(identity.agent.roles)) return <Navigate to="/" replace />;
  return <Outlet />;
}
