import { useTranslation } from 'react-i18next';
import recruitFr from '../../../locales/fr/recruit.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('recruit', recruitFr);

/** The recruit screens' strings (their own namespace, loaded with these screens). */
export const useRecruitT = () => useTranslation('recruit');
