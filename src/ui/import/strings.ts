import { useTranslation } from 'react-i18next';
import importFr from '../../../locales/fr/import.json';
import { registerFrench } from '../data/lazy-strings';

registerFrench('import', importFr);

/** The import screen's strings, loaded with it. */
export const useImportT = () => useTranslation('import');

export type ProblemCode = keyof typeof importFr.problems;
export const isProblemCode = (code: string): code is ProblemCode =>
  Object.hasOwn(importFr.problems, code);

export type RefusalCode = keyof typeof importFr.refused;
export const isRefusalCode = (code: string): code is RefusalCode =>
  Object.hasOwn(importFr.refused, code);
