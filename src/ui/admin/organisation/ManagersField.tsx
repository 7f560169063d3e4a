import type { Agent } from '../../../domain/organisation';
import { CheckboxGroup } from '../../components/CheckboxGroup';

interface Props {
  legend: string;
  hint: string;
  empty: string;
  candidates: readonly Agent[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error: string | undefined;
}

/** The managers of a territory or a circonscription: boxes to tick among the people holding
 *  the role, one fieldset under one legend. */
export function ManagersField({ candidates, ...rest }: Props) {
  return (
    <CheckboxGroup
      {...rest}
      options={candidates.map((agent) => ({ value: agent.id, label: agent.displayName }))}
    />
  );
}
