import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { EmploymentStatus } from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { useCommandError } from '../../data/command-error';
import { TextField } from '../../login/TextField';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import { StepsEditor } from './StepsEditor';
import { useTemplatesT } from './strings';
import { publishArgs, stepFieldOf, type Draft, type DraftStep } from './template-form';

const fields = ['name', 'job', 'status', 'steps'] as const;
type Field = (typeof fields)[number];

interface Props {
  initial: Draft;
  /** The family a new version joins; none for a new template (its own family). */
  family: string | undefined;
}

/** template.publish: the name, job and status, then the ordered steps. The command says
 *  what is wrong and where (`steps.2.title` is step 3's title); the form shows it there,
 *  moves the focus to it, and keeps what was typed. */
export function TemplateForm({ initial, family }: Props) {
  const { t } = useTemplatesT();
  const describe = useCommandError();
  const navigate = useNavigate();
  const { act, busy, result } = useAction();
  const [draft, setDraft] = useState(initial);
  const form = useRef<HTMLFormElement>(null);
  // Stable, so that a keystroke in one step re-renders that step only (a template may have
  // 80 of them).
  const setSteps = useCallback(
    (update: (steps: DraftStep[]) => DraftStep[]) =>
      setDraft((now) => ({ ...now, steps: update(now.steps) })),
    [],
  );
  const failed = result && !result.ok ? result.error : null;
  const inStep = stepFieldOf(failed?.field);
  const onField = Boolean(inStep) || fields.some((field) => field === failed?.field);
  const errorOf = (field: Field) =>
    failed && failed.field === field ? describe(failed) : undefined;

  // A refusal on a field takes the focus there, so that its message is read with it.
  useEffect(() => {
    if (!failed) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failed]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = crypto.randomUUID();
    const args = publishArgs(draft, id, family ?? id);
    const outcome = await act('template.publish', args, t('editor.published', args));
    if (outcome.ok) void navigate(`/modeles/${id}`);
  }

  return (
    <form ref={form} className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('editor.name')}
        value={draft.name}
        maxLength={120}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        error={errorOf('name')}
      />
      <TextField
        label={t('editor.job')}
        value={draft.job}
        maxLength={120}
        onChange={(event) => setDraft({ ...draft, job: event.target.value })}
        error={errorOf('job')}
      />
      <SelectField
        label={t('editor.status')}
        value={draft.status}
        onChange={(status) => setDraft({ ...draft, status: status as Draft['status'] })}
        error={errorOf('status')}
        choices={[
          { value: '', label: t('editor.chooseStatus'), disabled: true },
          ...EmploymentStatus.options.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <StepsEditor
        steps={draft.steps}
        setSteps={setSteps}
        error={errorOf('steps')}
        stepError={inStep}
      />
      <div className="templates-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('editor.publish')}
        </button>
      </div>
      <ActionFeedback result={result} shownOnField={onField} />
    </form>
  );
}
