import { dashboardFilters, type DashboardQuery } from '../../domain/figures';
import { EmploymentStatus } from '../../domain/organisation';
import { SelectField } from '../components/SelectField';
import { useManageT } from './strings';

interface Props {
  query: DashboardQuery;
  onChange: (query: DashboardQuery) => void;
}

/** What the dashboard shows: a filter and an employment status, applied as they change
 *  (no submit button to find); the choice lives in the URL. */
export function DashboardFilters({ query, onChange }: Props) {
  const { t } = useManageT();
  return (
    <fieldset className="manage-filters">
      <legend>{t('dashboard.filtersTitle')}</legend>
      <SelectField
        label={t('dashboard.filter')}
        value={query.filter}
        onChange={(filter) => onChange({ ...query, filter: filter as DashboardQuery['filter'] })}
        choices={dashboardFilters.map((filter) => ({
          value: filter,
          label: t(`dashboard.filters.${filter}`),
        }))}
      />
      <SelectField
        label={t('dashboard.status')}
        value={query.status}
        onChange={(status) => onChange({ ...query, status: status as DashboardQuery['status'] })}
        choices={[
          { value: 'all', label: t('dashboard.allStatuses') },
          ...EmploymentStatus.options.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          })),
        ]}
      />
    </fieldset>
  );
}
