import { useTranslation } from 'react-i18next';
import templatesFr from '../../../../locales/fr/templates.json';
import { registerFrench } from '../../data/lazy-strings';

registerFrench('templates', templatesFr);

/** The template screens' strings, loaded with those screens. */
export const useTemplatesT = () => useTranslation('templates');
