import './checkbox-group.css';
import { useId, type ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface Props {
  legend: string;
  hint?: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown under the legend, tied to the group by aria-describedby. */
  error?: string | undefined;
  /** Shown in place of the list when there is no option. */
  empty: string;
  /** Above the list, inside the group: a filter. */
  children?: ReactNode;
}

/** A set of checkboxes under one legend, as SelectField is one choice among several: the
 *  hint and the error are read with the group. */
export function CheckboxGroup(props: Props) {
  const { legend, hint, options, selected, onChange, error, empty, children } = props;
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset
      className="checkbox-group"
      aria-describedby={described.length > 0 ? described.join(' ') : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="checkbox-group__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children}
      {options.length === 0 ? (
        <p className="checkbox-group__hint">{empty}</p>
      ) : (
        <ul className="checkbox-group__list">
          {options.map((option) => (
            <li key={option.value}>
              <label className="checkbox-group__item">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
