import type { Interim } from '../../../domain/organisation';
import { DataTable, type Column } from '../../components/DataTable';
import { useAction } from '../../recruit/useAction';
import { useFormat } from '../../recruit/format';
import { Feedback } from './Feedback';
import { InterimForm } from './InterimForm';
import { interimState, interimsInOrder } from './organisation-view';
import { useFieldErrors } from './refusals';
import { useOrganisationT } from './strings';
import type { OrganisationData } from './useOrganisationData';

/** The intérims, current ones first, each ended early by one button (interim.end: it held
 *  until yesterday, or, not yet begun, it is withdrawn), and the form that records one. */
export function InterimsSection({ data, today }: { data: OrganisationData; today: string }) {
  const { t } = useOrganisationT();
  const format = useFormat();
  const { act, busy, result } = useAction();
  const { general } = useFieldErrors('interim.end', [], result);
  const nameOf = (interim: Interim) => data.names.get(interim.managerId) ?? '—';
  const placeOf = (interim: Interim) =>
    data.circonscriptions.find((c) => c.id === interim.circonscriptionId)?.name ?? '—';
  const end = (interim: Interim) => {
    const name = nameOf(interim);
    // As interim.end decides: one that has not held a full day before today is withdrawn.
    const message =
      interim.from >= today ? t('interims.withdrawn', { name }) : t('interims.ended', { name });
    void act('interim.end', { interimId: interim.id }, message);
  };
  const columns: Column<Interim>[] = [
    { key: 'manager', header: t('interims.columns.manager'), rowHeader: true, cell: nameOf },
    { key: 'circonscription', header: t('interims.columns.circonscription'), cell: placeOf },
    { key: 'from', header: t('interims.columns.from'), cell: (i) => format.date(i.from) },
    { key: 'until', header: t('interims.columns.until'), cell: (i) => format.date(i.until) },
    {
      key: 'state',
      header: t('interims.columns.state'),
      cell: (i) => t(`interims.states.${interimState(i, today)}`),
    },
    {
      key: 'actions',
      header: t('interims.columns.actions'),
      cell: (i) =>
        interimState(i, today) === 'past' ? null : (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            aria-label={t('interims.endOf', { name: nameOf(i), circonscription: placeOf(i) })}
            onClick={() => end(i)}
          >
            {t('interims.end')}
          </button>
        ),
    },
  ];
  return (
    <section aria-labelledby="interims-title" className="manage-panel organisation-section">
      <h2 id="interims-title">{t('interims.title')}</h2>
      <p>{t('interims.intro')}</p>
      <DataTable
        caption={t('interims.caption')}
        empty={t('interims.empty')}
        rows={interimsInOrder(data.interims, today)}
        columns={columns}
        rowKey={(i) => i.id}
      />
      <Feedback result={result} error={general} />
      <InterimForm agents={data.agents} circonscriptions={data.circonscriptions} today={today} />
    </section>
  );
}
