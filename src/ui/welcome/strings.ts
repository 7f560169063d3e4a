import { useTranslation } from 'react-i18next';
import welcomeFr from '../../../locales/fr/welcome.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('welcome', welcomeFr);

/** The welcome content's strings (issue 18), loaded with its screens. */
export const useWelcomeT = () => useTranslation('welcome');
