import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import commandsFr from '../../../locales/fr/commands.json';
import type { DomainError } from '../../domain/errors';
import { registerFrench } from './lazy-strings';

registerFrench('commands', commandsFr);

type Field = keyof typeof commandsFr.fields;
const isField = (field: string | undefined): field is Field =>
  field !== undefined && Object.hasOwn(commandsFr.fields, field);

/** Why a command was refused, in the user's language: the field's own message when the
 *  arguments were invalid (the title is too long), otherwise the rule that said no. */
export function commandErrorMessage(t: TFunction<'commands'>, error: DomainError): string {
  if (error.code === 'invalid' && isField(error.field)) return t(`fields.${error.field}`);
  return t(`errors.${error.code}`);
}

/** commandErrorMessage bound to the current language. */
export function useCommandError(): (error: DomainError) => string {
  const { t } = useTranslation('commands');
  return useCallback((error: DomainError) => commandErrorMessage(t, error), [t]);
}
