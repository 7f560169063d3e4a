import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid'> {
  label: string;
  /** What to type, said before the field and read with it (aria-describedby). */
  hint: string;
  /** Shown under the field, read with it too. */
  error: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** Beside the input: a button acting on it (show the password). */
  beside?: (inputId: string) => ReactNode;
}

/** The login's TextField with a hint, as GOV.UK lays them out: label, hint, input, error. */
export function HintedField({ label, hint, error, ref, beside, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <div className={beside ? 'field__row' : undefined}>
        <input
          {...input}
          ref={ref}
          id={id}
          className="field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        />
        {beside?.(id)}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
