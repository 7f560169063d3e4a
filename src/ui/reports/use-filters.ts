import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportScope } from '../../domain/reports';
import type { Circonscription, Territory } from '../../domain/organisation';
import { narrowScope, readPlace, withParams } from './report-query';

interface Organisation {
  territories: readonly Territory[];
  circonscriptions: readonly Circonscription[];
}

/** A report's filters, read from and written to the URL: the place filter and the scope it
 *  narrows the report to, and a setter for any parameter (replacing the history entry, as the
 *  other lists do, so the back button leaves the report rather than undo a filter). */
export function useFilters(scope: ReportScope, rows: Organisation) {
  const [params, setParams] = useSearchParams();
  const place = readPlace(params, scope, rows);
  const asked = `${place.territory}|${place.service}|${place.circonscription}`;
  // One object while the filter stays: the reports' memos recompute only when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const narrowed = useMemo(() => narrowScope(scope, rows, place), [scope, rows, asked]);
  return {
    params,
    place,
    scope: narrowed,
    set: (changes: Readonly<Record<string, string | null>>) =>
      setParams(withParams(params, changes), { replace: true }),
  };
}
