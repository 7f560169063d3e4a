import { useTranslation } from 'react-i18next';
import groupsFr from '../../../../locales/fr/groups.json';
import { registerFrench } from '../../data/lazy-strings';

registerFrench('groups', groupsFr);

/** The practice-analysis groups' screens' strings, loaded with those screens. */
export const useGroupsT = () => useTranslation('groups');
