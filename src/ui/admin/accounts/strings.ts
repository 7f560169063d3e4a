import { useTranslation } from 'react-i18next';
import accountsFr from '../../../../locales/fr/accounts.json';
import { registerFrench } from '../../data/lazy-strings';

registerFrench('accounts', accountsFr);

/** The team's screens' strings, loaded with those screens. */
export const useAccountsT = () => useTranslation('accounts');
