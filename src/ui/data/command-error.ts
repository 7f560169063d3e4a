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

type Code = keyof typeof commandsFr.errors;
const isCode = (code: string): code is Code => Object.hasOwn(commandsFr.errors, code);

/** Why a command was refused, in the user's language: the field's own message when the
 *  arguments were invalid (the title is too long), otherwise the rule that said no. Takes
 *  plain code and field too, as the server sends them for a refused mutation. */
export function commandErrorMessage(
  t: TFunction<'commands'>,
  error: Pick<DomainError, 'field'> & { code: string },
): string {
  if (error.code === 'invalid' && isField(error.field)) return t(`fields.${error.field}`);
  return t(`errors.${isCode(error.code) ? error.code : 'invalid'}`);
}

/** commandErrorMessage bound to the current language. */
export function useCommandError(): (error: Parameters<typeof commandErrorMessage>[1]) => string {
  const { t } = useTranslation('commands');
  return useCallback(
    (error: Parameters<typeof commandErrorMessage>[1]) => commandErrorMessage(t, error),
    [t],
  );
}
