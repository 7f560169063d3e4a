import '../../manage/manage.css';
import './organisation.css';
import { useState } from 'react';
import { todayIso } from '../../../domain/dates';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { CirconscriptionForm } from './CirconscriptionForm';
import { InterimsSection } from './InterimsSection';
import { mayOrganise } from './organisation-view';
import { TerritoryForm } from './TerritoryForm';
import { TerritorySection } from './TerritorySection';
import { useOrganisationT } from './strings';
import { useOrganisationData } from './useOrganisationData';

/**
 * "Organisation" (issue 14): the HR admin's territories, their circonscriptions and their
 * intérims, read from this device's synced copy and changed through the organisation
 * commands, so that all of it works offline. Whoever the commands' rules refuse is told the
 * screen is not theirs.
 */
export default function OrganisationScreen() {
  const { t } = useOrganisationT();
  const { db, actor } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  useDocumentTitle(t('title'));
  const data = useOrganisationData(db);
  if (!actor || !data) return <Loading />;
  if (!mayOrganise(actor, 'circonscription.create'))
    return (
      <div className="manage">
        <h1>{t('title')}</h1>
        <p>{t('reserved')}</p>
      </div>
    );
  const openTerritories = data.territories.filter((x) => !x.closed);
  return (
    <div className="manage organisation">
      <h1>{t('title')}</h1>
      <p className="screen-intro">{t('intro')}</p>
      <section aria-labelledby="territories-title" className="organisation-section">
        <h2 id="territories-title">{t('territories.title')}</h2>
        {data.territories.length === 0 ? <p>{t('territories.none')}</p> : null}
        {data.territories.map((territory) => (
          <TerritorySection key={territory.id} territory={territory} data={data} today={today} />
        ))}
      </section>
      <section aria-labelledby="new-territory-title" className="manage-panel organisation-section">
        <h2 id="new-territory-title">{t('territories.new')}</h2>
        <TerritoryForm agents={data.agents} />
      </section>
      <section
        aria-labelledby="new-circonscription-title"
        className="manage-panel organisation-section"
      >
        <h2 id="new-circonscription-title">{t('circonscriptions.new')}</h2>
        {openTerritories.length === 0 ? (
          <p>{t('circonscriptions.noTerritory')}</p>
        ) : (
          <CirconscriptionForm territories={data.territories} agents={data.agents} />
        )}
      </section>
      <InterimsSection data={data} today={today} />
    </div>
  );
}
