import { primaryRole, type Role } from '../../domain/organisation';

/** One place of a role's navigation: where it goes and its label in the common strings. */
export interface NavEntry {
  to: string;
  label:
    | 'dashboard'
    | 'territory'
    | 'mentees'
    | 'approvals'
    | 'delegations'
    | 'home'
    | 'team'
    | 'organisation'
    | 'templates'
    | 'groups'
    | 'reports'
    | 'welcome'
    | 'content';
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
  tree: 'M8 2h4v4H8zM2 14h4v4H2zm6 0h4v4H8zm6 0h4v4h-4zM9 6h2v3h6v5h-2v-3h-4v3H9v-3H5v3H3V9h6z',
  list: 'M3 4h2v2H3zm4 0h10v2H7zM3 9h2v2H3zm4 0h10v2H7zm-4 5h2v2H3zm4 0h10v2H7z',
  circle: 'M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12Z',
  chart: 'M2 2h2v14h14v2H2zm4 8h3v5H6zm4-4h3v9h-3zm4 2h3v7h-3z',
  book: 'M3 3h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H3zm14 0h-4a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h4z',
  pen: 'M3 14.5V17h2.5l8-8L11 6.5zm13.7-7.2a.7.7 0 0 0 0-1l-2-2a.7.7 0 0 0-1 0L12 5.9 14.5 8.4z',
};

const team: NavEntry = { to: '/equipe', label: 'team', icon: icons.people };
const reports: NavEntry = { to: '/rapports', label: 'reports', icon: icons.chart };
const groups: NavEntry = { to: '/analyse-de-pratiques', label: 'groups', icon: icons.circle };
const welcome: NavEntry = { to: '/bienvenue', label: 'welcome', icon: icons.book };

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
    team,
    reports,
    welcome,
  ],
  territoryManager: [
    { to: '/', label: 'territory', icon: icons.table },
    { to: '/validations', label: 'approvals', icon: icons.check },
    { to: '/delegations', label: 'delegations', icon: icons.relay },
    team,
    reports,
    welcome,
  ],
  mentor: [{ to: '/', label: 'mentees', icon: icons.people }, welcome],
  admin: [
    { to: '/', label: 'home', icon: icons.home },
    team,
    { to: '/organisation', label: 'organisation', icon: icons.tree },
    { to: '/modeles', label: 'templates', icon: icons.list },
    groups,
    reports,
    { to: '/contenus', label: 'content', icon: icons.pen },
  ],
};

/** A role's places; a practice-analysis group's facilitator, whatever her role, also finds
 *  her groups there, to record who came. */
export const navigationFor = (
  roles: readonly Role[],
  { leadsGroups = false } = {},
): readonly NavEntry[] | null => {
  const role = primaryRole(roles);
  if (role === 'recruit') return null;
  const entries = navigation[role];
  return leadsGroups && !entries.some((entry) => entry.to === groups.to)
    ? [...entries, groups]
    : entries;
};
