import { useId, useState } from 'react';
import type { Circonscription, Territory } from '../../../domain/organisation';
import { DataTable, type Column } from '../../components/DataTable';
import { Disclosure } from '../../manage/Disclosure';
import { CirconscriptionEditor } from './CirconscriptionEditor';
import { CloseControl } from './CloseControl';
import { activeAgentsPer, interimState, namesOf } from './organisation-view';
import { TerritoryForm } from './TerritoryForm';
import { useOrganisationT } from './strings';
import type { OrganisationData } from './useOrganisationData';

interface Props {
  territory: Territory;
  data: OrganisationData;
  today: string;
}

/** One territory: who manages it, its circonscriptions in the shared table, and the forms
 *  that change them. */
export function TerritorySection({ territory, data, today }: Props) {
  const { t } = useOrganisationT();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const counts = activeAgentsPer(data.agents);
  const mine = data.circonscriptions.filter((c) => c.territoryId === territory.id);
  // The one being edited stays found after a move to another territory: its confirmation
  // stays where the person is.
  const edited = data.circonscriptions.find((c) => c.id === editing);
  const editButtonId = (id: string) => `${headingId}-edit-${id}`;
  const covering = (c: Circonscription) =>
    data.interims
      .filter((i) => i.circonscriptionId === c.id && interimState(i, today) === 'current')
      .map((i) => t('circonscriptions.interimBy', { name: data.names.get(i.managerId) ?? '—' }));
  const columns: Column<Circonscription>[] = [
    {
      key: 'name',
      header: t('circonscriptions.columns.name'),
      rowHeader: true,
      cell: (c) => c.name,
    },
    { key: 'service', header: t('circonscriptions.columns.service'), cell: (c) => c.service },
    {
      key: 'managers',
      header: t('circonscriptions.columns.managers'),
      cell: (c) =>
        [namesOf(c.managerIds, data.names), ...covering(c)].filter(Boolean).join(' ; ') ||
        t('circonscriptions.noManager'),
    },
    {
      key: 'state',
      header: t('circonscriptions.columns.state'),
      cell: (c) => (c.closed ? t('state.closed') : t('state.open')),
    },
    {
      key: 'agents',
      header: t('circonscriptions.columns.agents'),
      numeric: true,
      cell: (c) => counts.get(c.id) ?? 0,
    },
    {
      key: 'actions',
      header: t('circonscriptions.columns.actions'),
      cell: (c) => (
        <button
          id={editButtonId(c.id)}
          type="button"
          className="button button--quiet"
          aria-label={t('circonscriptions.editOf', { name: c.name })}
          aria-expanded={editing === c.id}
          onClick={() => setEditing(editing === c.id ? null : c.id)}
        >
          {t('circonscriptions.edit')}
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby={headingId} className="manage-panel organisation-territory">
      <div className="manage-heading">
        <h3 id={headingId}>{territory.name}</h3>
        {territory.closed ? (
          <span className="organisation-badge">{t('state.territoryClosed')}</span>
        ) : null}
      </div>
      <p>
        {territory.managerIds.length > 0
          ? t('territories.managers', { names: namesOf(territory.managerIds, data.names) })
          : t('territories.noManager')}
      </p>
      <Disclosure label={t('territories.edit')} describedBy={headingId}>
        <TerritoryForm territory={territory} agents={data.agents} />
        <CloseControl
          command="territory.update"
          target={{ territoryId: territory.id }}
          closed={territory.closed === true}
          words={{
            close: t('territories.close'),
            question: t('territories.closeConfirm', { name: territory.name }),
            closed: t('territories.closed', { name: territory.name }),
            reopen: t('territories.reopen'),
            reopened: t('territories.reopened', { name: territory.name }),
          }}
        />
      </Disclosure>
      <DataTable
        caption={t('circonscriptions.caption', { name: territory.name })}
        empty={t('circonscriptions.empty')}
        rows={mine}
        columns={columns}
        rowKey={(c) => c.id}
      />
      {edited ? (
        <CirconscriptionEditor
          key={edited.id}
          circonscription={edited}
          data={data}
          onClose={() => {
            setEditing(null);
            document.getElementById(editButtonId(edited.id))?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
