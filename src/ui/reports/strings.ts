import { useTranslation } from 'react-i18next';
import reportsFr from '../../../locales/fr/reports.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('reports', reportsFr);

/** The reports' strings, loaded with the report screens. */
export const useReportsT = () => useTranslation('reports');
