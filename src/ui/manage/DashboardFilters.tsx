import { useId } from 'react';
import { dashboardFilters, type DashboardQuery } from '../../domain/figures';
import { EmploymentStatus } from '../../domain/organisation';
import { useManageT } from './strings';

interface Props {
  query: DashboardQuery;
  onChange: (query: DashboardQuery) => void;
}

/** What the dashboard shows: a filter and an employment status, applied as they change
 *  (no submit button to find); the choice lives in the URL. */
export function DashboardFilters({ query, onChange }: Props) {
  const { t } = useManageT();
  const id = useId();
  return (
    <fieldset className="manage-filters">
      <legend>{t('dashboard.filtersTitle')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-filter`}>
          {t('dashboard.filter')}
        </label>
        <select
          id={`${id}-filter`}
          className="field__input"
          value={query.filter}
          onChange={(event) =>
            onChange({ ...query, filter: event.target.value as DashboardQuery['filter'] })
          }
        >
          {dashboardFilters.map((filter) => (
            <option key={filter} value={filter}>
              {t(`dashboard.filters.${filter}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-status`}>
          {t('dashboard.status')}
        </label>
        <select
          id={`${id}-status`}
          className="field__input"
          value={query.status}
          onChange={(event) =>
            onChange({ ...query, status: event.target.value as DashboardQuery['status'] })
          }
        >
          <option value="all">{t('dashboard.allStatuses')}</option>
          {EmploymentStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
