import { useTranslation } from 'react-i18next';
import manageFr from '../../../locales/fr/manage.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('manage', manageFr);

/** The supervisors' screens' strings, loaded with those screens. */
export const useManageT = () => useTranslation('manage');
