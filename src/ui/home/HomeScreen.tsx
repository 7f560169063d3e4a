import { lazy, Suspense, type ComponentType } from 'react';
import { primaryRole, type Role } from '../../domain/organisation';
import { Loading } from '../layout/Loading';
import { useSession } from '../session/session-context';
import type { HomeProps } from './RoleHome';

// One chunk per role: an agent downloads only the home screen they see.
const homes: Record<Role, ComponentType<HomeProps>> = {
  recruit: lazy(() => import('./RecruitHome')),
  mentor: lazy(() => import('./MentorHome')),
  manager: lazy(() => import('./ManagerHome')),
  territoryManager: lazy(() => import('./TerritoryHome')),
  admin: lazy(() => import('./AdminHome')),
};

export default function HomeScreen() {
  const { identity } = useSession();
  if (!identity) return null;
  const Home = homes[primaryRole(identity.agent.roles)];
  return (
    <Suspense fallback={<Loading />}>
      <Home agent={identity.agent} />
    </Suspense>
  );
}
