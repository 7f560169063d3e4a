import { roles, type Agent, type Role } from '../../../domain/organisation';
import { accountState, accountStates, type AccountState } from './account-view';

/** A circonscription filter for the people above circonscriptions. */
export const NO_CIRCONSCRIPTION = 'none';

/** What the team list shows, as the URL keeps it (`?role=recruit&q=ines`): the back button,
 *  a reload and a shared address keep the filters, as on the manager's dashboard. */
export interface AccountsQuery {
  /** 'all', NO_CIRCONSCRIPTION or a circonscription's id. */
  circonscription: string;
  role: Role | 'all';
  state: AccountState | 'all';
  /** Part of a name or an email address. */
  q: string;
}

export const defaultAccountsQuery: AccountsQuery = {
  circonscription: 'all',
  role: 'all',
  state: 'all',
  q: '',
};

const pick = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;

/** The query from the URL; anything unknown falls back to showing everyone, never throws. */
export function readAccountsQuery(params: URLSearchParams): AccountsQuery {
  return {
    circonscription: params.get('circonscription') || 'all',
    role: pick(['all', ...roles], params.get('role'), 'all'),
    state: pick(['all', ...accountStates], params.get('state'), 'all'),
    q: (params.get('q') ?? '').slice(0, 200),
  };
}

/** The query for the URL, defaults left out. */
export function accountsSearch(query: AccountsQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['circonscription', 'role', 'state', 'q'] as const) {
    if (query[key] !== defaultAccountsQuery[key]) params.set(key, query[key]);
  }
  return params;
}

/** Accents and capitals aside: "ines" finds Inès, "BENALI" finds benali. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The agents the query keeps, by name. */
export function selectAccounts(agents: readonly Agent[], query: AccountsQuery): Agent[] {
  const wanted = folded(query.q.trim());
  return agents
    .filter(
      (agent) =>
        query.circonscription === 'all' ||
        (agent.circonscriptionId ?? NO_CIRCONSCRIPTION) === query.circonscription,
    )
    .filter((agent) => query.role === 'all' || agent.roles.includes(query.role))
    .filter((agent) => query.state === 'all' || accountState(agent) === query.state)
    .filter(
      (agent) =>
        wanted === '' ||
        folded(agent.displayName).includes(wanted) ||
        agent.email.toLowerCase().includes(wanted),
    )
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
}
