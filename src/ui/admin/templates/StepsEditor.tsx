import { useEffect, useId, useRef, useState } from 'react';
import { StepFields } from './StepFields';
import { useTemplatesT } from './strings';
import { blankStep, moveStep, type DraftStep, type StepPart } from './template-form';

interface Props {
  steps: DraftStep[];
  onChange: (steps: DraftStep[]) => void;
  /** The refusal of the list as a whole (no step, too many). */
  error: string | undefined;
  /** The step and the part of it a refusal names. */
  stepError: { index: number; part: StepPart } | undefined;
}

type Focus = { key: string; control: 'up' | 'down' } | { key: 'add'; control: 'add' };

/**
 * The ordered steps: each can be moved up or down, removed, and a step added at the end.
 * Buttons only, no dragging, so the keyboard and screen readers do all of it; after a move
 * the focus stays on the button that was pressed (on the other one at either end), and a
 * polite message says where the step went.
 */
export function StepsEditor({ steps, onChange, error, stepError }: Props) {
  const { t } = useTemplatesT();
  const id = useId();
  const [said, setSaid] = useState('');
  // Where the focus goes once the list has re-rendered after a move or a removal.
  const pending = useRef<Focus | null>(null);
  const controlId = (key: string, control: string) => `${id}-${key}-${control}`;

  useEffect(() => {
    const focus = pending.current;
    if (!focus) return;
    pending.current = null;
    const wanted = document.getElementById(controlId(focus.key, focus.control));
    const other = focus.control === 'up' ? 'down' : 'up';
    const target =
      wanted instanceof HTMLButtonElement && wanted.disabled
        ? document.getElementById(controlId(focus.key, other))
        : wanted;
    target?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const step = steps[index]!;
    onChange(moveStep(steps, index, by));
    pending.current = { key: step.key, control: by < 0 ? 'up' : 'down' };
    const title = step.title || t('editor.untitled');
    setSaid(t('editor.moved', { title, position: index + by + 1 }));
  };
  const remove = (index: number) => {
    onChange(steps.filter((_, i) => i !== index));
    pending.current = { key: 'add', control: 'add' };
    setSaid(t('editor.removed', { position: index + 1 }));
  };
  const add = () => {
    onChange([...steps, blankStep()]);
    setSaid(t('editor.added', { position: steps.length + 1 }));
  };

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
              onChange={(changed) =>
                onChange(steps.map((s) => (s.key === step.key ? { ...s, ...changed } : s)))
              }
              error={stepError?.index === index ? stepError.part : undefined}
            >
              {(legendId) => (
                <>
                  <button
                    type="button"
                    id={controlId(step.key, 'up')}
                    aria-describedby={legendId}
                    className="button button--quiet"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('editor.up')}
                  </button>
                  <button
                    type="button"
                    id={controlId(step.key, 'down')}
                    aria-describedby={legendId}
                    className="button button--quiet"
                    disabled={index === steps.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('editor.down')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-describedby={legendId}
                    onClick={() => remove(index)}
                  >
                    {t('editor.remove')}
                  </button>
                </>
              )}
            </StepFields>
          </li>
        ))}
      </ol>
      <div className="templates-actions">
        <button
          type="button"
          id={controlId('add', 'add')}
          className="button button--quiet"
          onClick={add}
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
