import { useCallback } from 'react';
import type { DomainError } from '../../../domain/errors';
import { useCommandError } from '../../data/command-error';
import type { ActionResult } from '../../recruit/useAction';
import type organisationFr from '../../../../locales/fr/organisation.json';
import { useOrganisationT } from './strings';

type Refusal = keyof (typeof organisationFr)['refusals'];

/** The refusals whose shared wording (locales/<lang>/commands.json) speaks of something else
 *  (a delegation's overlap, "from today on"): this screen says what they mean here. */
const own: readonly [prefix: string, code: string, field: string, refusal: Refusal][] = [
  ['territory.', 'duplicate', 'name', 'territoryName'],
  ['territory.', 'not_empty', 'closed', 'territoryNotEmpty'],
  ['circonscription.', 'duplicate', 'name', 'circonscriptionName'],
  ['circonscription.', 'not_empty', 'closed', 'circonscriptionNotEmpty'],
  ['circonscription.', 'closed', 'territoryId', 'territoryClosed'],
  ['interim.record', 'closed', 'circonscriptionId', 'circonscriptionClosed'],
  ['interim.record', 'invalid', 'from', 'interimFrom'],
  ['interim.record', 'overlap', 'from', 'interimOverlap'],
  ['interim.end', 'already_ended', 'interimId', 'interimOver'],
];

/** Why an organisation command was refused, in the user's language. */
export function useRefusal(): (command: string, error: DomainError) => string {
  const { t } = useOrganisationT();
  const describe = useCommandError();
  return useCallback(
    (command: string, error: DomainError) => {
      const found = own.find(
        ([prefix, code, field]) =>
          command.startsWith(prefix) && error.code === code && error.field === field,
      );
      return found ? t(`refusals.${found[3]}`) : describe(error);
    },
    [t, describe],
  );
}

/** A form's refusal: the message under the field the command named, if the form has it;
 *  otherwise `general`, for the form's alert. */
export function useFieldErrors<Field extends string>(
  command: string,
  fields: readonly Field[],
  result: ActionResult | null,
) {
  const refusal = useRefusal();
  const failed = result && !result.ok ? result.error : null;
  const message = failed ? refusal(command, failed) : undefined;
  const onField =
    failed !== null && (fields as readonly (string | undefined)[]).includes(failed.field);
  return {
    errorOf: (field: Field) => (failed?.field === field ? message : undefined),
    general: onField ? undefined : message,
  };
}
