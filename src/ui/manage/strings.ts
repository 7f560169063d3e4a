import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import manageFr from '../../../locales/fr/manage.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('manage', manageFr);

/** The supervisors' screens' strings, loaded with those screens. */
export const useManageT = () => useTranslation('manage');

/**
 * The same t(), remembering what it said for the life of the language: a table of forty
 * rows asks for the same few words over and over ("Contractuel·le", "Jamais"), and each
 * i18next call cost more than the cell it filled (most of a dashboard's rows' render).
 */
export function useRememberedT(): TFunction<'manage'> {
  const { t } = useManageT();
  return useMemo(() => {
    const said = new Map<string, string>();
    const remembered = (key: string, options?: object) => {
      const id = options === undefined ? key : `${key} ${JSON.stringify(options)}`;
      let text = said.get(id);
      if (text === undefined) {
        text = (t as (key: string, options?: object) => string)(key, options);
        said.set(id, text);
      }
      return text;
    };
    // Called with the keys and options t() itself accepts, so it is typed as t().
    return remembered as unknown as TFunction<'manage'>;
  }, [t]);
}
