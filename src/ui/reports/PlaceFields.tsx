import type { ReportScope } from '../../domain/reports';
import type { Circonscription, Territory } from '../../domain/organisation';
import { SelectField } from '../components/SelectField';
import { placeChoices, type PlaceFilter } from './report-query';
import { useReportsT } from './strings';

interface Props {
  scope: ReportScope;
  rows: { territories: readonly Territory[]; circonscriptions: readonly Circonscription[] };
  filter: PlaceFilter;
  /** The URL parameters to set ('' removes one). */
  onChange: (changes: Partial<PlaceFilter>) => void;
}

/**
 * Territory, service and circonscription, among those the scope reaches: a select only where
 * there is a choice to make (a manager with one circonscription has none), or a value to undo.
 * Changing the territory or the service lets go of the circonscription, which may be outside.
 */
export function PlaceFields({ scope, rows, filter, onChange }: Props) {
  const { t } = useReportsT();
  const choices = placeChoices(scope, rows, filter);
  const offered = (count: number, value: string) => count > 1 || value !== '';
  return (
    <>
      {offered(choices.territories.length, filter.territory) ? (
        <SelectField
          label={t('filters.territory')}
          value={filter.territory}
          onChange={(territory) => onChange({ territory, circonscription: '' })}
          choices={[
            { value: '', label: t('filters.allTerritories') },
            ...choices.territories.map((x) => ({ value: x.id, label: x.name })),
          ]}
        />
      ) : null}
      {offered(choices.services.length, filter.service) ? (
        <SelectField
          label={t('filters.service')}
          value={filter.service}
          onChange={(service) => onChange({ service, circonscription: '' })}
          choices={[
            { value: '', label: t('filters.allServices') },
            ...choices.services.map((service) => ({ value: service, label: service })),
          ]}
        />
      ) : null}
      {offered(choices.circonscriptions.length, filter.circonscription) ? (
        <SelectField
          label={t('filters.circonscription')}
          value={filter.circonscription}
          onChange={(circonscription) => onChange({ circonscription })}
          choices={[
            { value: '', label: t('filters.allCirconscriptions') },
            ...choices.circonscriptions.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      ) : null}
    </>
  );
}
