import { useTranslation } from 'react-i18next';
import activationFr from '../../../locales/fr/activation.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('activation', activationFr);

/** The activation screens' strings, loaded with those screens (the login chunk has none). */
export const useActivationT = () => useTranslation('activation');
