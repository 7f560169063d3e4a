import { useTranslation } from 'react-i18next';
import organisationFr from '../../../../locales/fr/organisation.json';
import { registerFrench } from '../../data/lazy-strings';

registerFrench('organisation', organisationFr);

/** The organisation screen's strings, loaded with it. */
export const useOrganisationT = () => useTranslation('organisation');
