import { primaryRole, type Role } from '../../domain/organisation';

/** One place of a role's navigation: where it goes and its label in the common strings. */
export interface NavEntry {
  to: string;
  label: 'dashboard' | 'territory' | 'mentees' | 'approvals' | 'delegations' | 'home';
  /** An SVG path, 20×20. */
  icon: string;
}

const icons = {
  home: 'M10 2 1 9h2v9h5v-6h4v6h5V9h2z',
  table: 'M2 3h16v14H2zm2 2v3h5V5zm7 0v3h5V5zM4 10v5h5v-5zm7 0v5h5v-5z',
  check: 'M7.5 13.6 3.9 10l-1.4 1.4 5 5 10-10-1.4-1.4z',
  relay: 'M4 4h7v2H6v8h5v2H4zm9 2 5 4-5 4v-3H8V9h5z',
  people:
    'M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1 17c0-3.3 2.7-6 6-6s6 2.7 6 6zm13 0c0-1.9-.7-3.6-1.9-4.9A5 5 0 0 1 19 17z',
};

/**
 * The places of each supervising role (the recruit has her own tab bar, RecruitNav). An
 * agent's primary role chooses them: a manager who also mentors finds her mentees on her
 * dashboard, whose rows open the same pages.
 */
export const navigation: Record<Exclude<Role, 'recruit'>, readonly NavEntry[]> = {
  manager: [
    { to: '/', label: 'dashboard', icon: icons.table },
    { to: '/validations', label: 'approvals', icon: icons.check },
    { to: '/delegations', label: 'delegations', icon: icons.relay },
  ],
  territoryManager: [
    { to: '/', label: 'territory', icon: icons.table },
    { to: '/validations', label: 'approvals', icon: icons.check },
    { to: '/delegations', label: 'delegations', icon: icons.relay },
  ],
  mentor: [{ to: '/', label: 'mentees', icon: icons.people }],
  admin: [{ to: '/', label: 'home', icon: icons.home }],
};

export const navigationFor = (roles: readonly Role[]): readonly NavEntry[] | null => {
  const role = primaryRole(roles);
  return role === 'recruit' ? null : navigation[role];
};
