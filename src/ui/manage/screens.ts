import { warmWhenIdle } from '../layout/warm-up';

/** The supervisors' screens, each its own chunk: the routes' and the warm-up's one list. */
export const supervisorScreens = {
  recruit: () => import('./RecruitScreen'),
  createPath: () => import('./CreatePathScreen'),
  circonscription: () => import('./CirconscriptionScreen'),
  approvals: () => import('./ApprovalsScreen'),
  delegations: () => import('./DelegationsScreen'),
  importAgents: () => import('../import/ImportScreen'),
};

/** Their code, loaded once the page is idle after sign-in (offline from the first). */
export const warmSupervisorScreens = () => warmWhenIdle(Object.values(supervisorScreens));
