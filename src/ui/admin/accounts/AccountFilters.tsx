import type { Circonscription, Role } from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../login/TextField';
import { accountStates } from './account-view';
import { NO_CIRCONSCRIPTION, type AccountsQuery } from './accounts-query';
import { useAccountsT } from './strings';

interface Props {
  query: AccountsQuery;
  onChange: (query: AccountsQuery) => void;
  /** The circonscriptions her people sit in, by name. */
  circonscriptions: readonly Circonscription[];
  /** Whether some of her people sit in none (HR, territory managers). */
  someNowhere: boolean;
  /** The roles her people hold. */
  roles: readonly Role[];
}

/** What the team list shows: applied as they change (no button to find), kept in the URL. */
export function AccountFilters({ query, onChange, circonscriptions, someNowhere, roles }: Props) {
  const { t } = useAccountsT();
  return (
    <fieldset className="manage-filters">
      <legend>{t('filters.title')}</legend>
      <TextField
        label={t('filters.search')}
        type="search"
        value={query.q}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange({ ...query, q: event.target.value })}
        error={undefined}
      />
      <SelectField
        label={t('filters.circonscription')}
        value={query.circonscription}
        onChange={(circonscription) => onChange({ ...query, circonscription })}
        choices={[
          { value: 'all', label: t('filters.allCirconscriptions') },
          ...circonscriptions.map((c) => ({ value: c.id, label: c.name })),
          ...(someNowhere
            ? [{ value: NO_CIRCONSCRIPTION, label: t('filters.noCirconscription') }]
            : []),
        ]}
      />
      <SelectField
        label={t('filters.role')}
        value={query.role}
        onChange={(role) => onChange({ ...query, role: role as AccountsQuery['role'] })}
        choices={[
          { value: 'all', label: t('filters.allRoles') },
          ...roles.map((role) => ({ value: role, label: t(`roles.${role}`) })),
        ]}
      />
      <SelectField
        label={t('filters.state')}
        value={query.state}
        onChange={(state) => onChange({ ...query, state: state as AccountsQuery['state'] })}
        choices={[
          { value: 'all', label: t('filters.allStates') },
          ...accountStates.map((state) => ({ value: state, label: t(`states.${state}`) })),
        ]}
      />
    </fieldset>
  );
}
