import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { StepFields, type StepActions } from './StepFields';
import { useTemplatesT } from './strings';
import { blankStep, moveStep, type DraftStep, type StepPart } from './template-form';

interface Props {
  steps: DraftStep[];
  /** Changes the list from what it is when the change applies. */
  setSteps: (update: (steps: DraftStep[]) => DraftStep[]) => void;
  /** The refusal of the list as a whole (no step, too many). */
  error: string | undefined;
  /** The step and the part of it a refusal names. */
  stepError: { index: number; part: StepPart } | undefined;
}

type Focus = { key: string; control: 'up' | 'down' | 'add' };

/**
 * The ordered steps: each can be moved up or down, removed, and a step added at the end.
 * Buttons only, no dragging, so the keyboard and screen readers do all of it; after a move
 * the focus stays on the button that was pressed (on the other one at either end), after a
 * removal it goes to "add", and a polite message says what happened.
 */
export function StepsEditor({ steps, setSteps, error, stepError }: Props) {
  const { t } = useTemplatesT();
  const id = useId();
  const [said, setSaid] = useState('');
  // Where the focus goes once the list has re-rendered after a move or a removal.
  const pending = useRef<Focus | null>(null);

  useEffect(() => {
    const focus = pending.current;
    if (!focus) return;
    pending.current = null;
    const byId = (control: string) => document.getElementById(`${id}-${focus.key}-${control}`);
    const wanted = byId(focus.control);
    const other = focus.control === 'up' ? 'down' : 'up';
    (wanted instanceof HTMLButtonElement && wanted.disabled ? byId(other) : wanted)?.focus();
  });

  const actions = useMemo<StepActions>(
    () => ({
      change: (key, change) =>
        setSteps((now) => now.map((s) => (s.key === key ? { ...s, ...change } : s))),
      move: (key, by, said) => {
        setSteps((now) =>
          moveStep(
            now,
            now.findIndex((s) => s.key === key),
            by,
          ),
        );
        pending.current = { key, control: by < 0 ? 'up' : 'down' };
        setSaid(said);
      },
      remove: (key, said) => {
        setSteps((now) => now.filter((s) => s.key !== key));
        pending.current = { key: 'add', control: 'add' };
        setSaid(said);
      },
    }),
    [setSteps],
  );

  return (
    <fieldset
      className="templates-steps"
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      tabIndex={error ? -1 : undefined}
    >
      <legend className="field__label">{t('editor.steps')}</legend>
      <p id={`${id}-hint`} className="templates-hint">
        {t('editor.stepsHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <ol>
        {steps.map((step, index) => (
          <li key={step.key}>
            <StepFields
              step={step}
              position={index + 1}
              last={index === steps.length - 1}
              error={stepError?.index === index ? stepError.part : undefined}
              actions={actions}
              idPrefix={id}
            />
          </li>
        ))}
      </ol>
      <div className="templates-actions">
        <button
          type="button"
          id={`${id}-add-add`}
          className="button button--quiet"
          onClick={() => {
            setSteps((now) => [...now, blankStep()]);
            setSaid(t('editor.added', { position: steps.length + 1 }));
          }}
        >
          {t('editor.add')}
        </button>
      </div>
      <p role="status" className="templates-hint">
        {said}
      </p>
    </fieldset>
  );
}
