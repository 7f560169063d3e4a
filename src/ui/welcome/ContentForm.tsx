import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ContentItem, StepLink } from '../../domain/content/entity';
import type { Circonscription } from '../../domain/organisation';
import { SelectField } from '../components/SelectField';
import { useCommandError } from '../data/command-error';
import { TextField } from '../login/TextField';
import { Feedback } from '../admin/organisation/Feedback';
import { useAction } from '../recruit/useAction';
import { BodyField } from './BodyField';
import { argsOf, type Draft } from './content-form';
import { FileField } from './FileField';
import { useWelcomeT } from './strings';
import { TargetFields } from './TargetFields';

interface Props {
  id: string;
  item: ContentItem | null;
  initial: Draft;
  /** The HR admin's form: every kind, targeting, publishing; a team's proposes a sheet. */
  admin: boolean;
  circonscriptions: readonly Circonscription[];
  jobs: readonly string[];
  steps: readonly { link: StepLink; label: string }[];
}

/** content.save, and for the HR admin content.publish / content.unpublish: a refusal shows
 *  under the field it names, and what was typed stays. */
export function ContentForm({ id, item, initial, admin, circonscriptions, jobs, steps }: Props) {
  const { t } = useWelcomeT();
  const navigate = useNavigate();
  const describe = useCommandError();
  const { act, busy, result } = useAction();
  const [draft, setDraft] = useState(initial);
  const set = (part: Partial<Draft>) => setDraft({ ...draft, ...part });
  const failed = result && !result.ok ? result.error : null;
  const errorOf = (field: string) =>
    failed && (failed.field === field || failed.field?.startsWith(`${field}.`))
      ? describe(failed)
      : undefined;
  const named = [
    'kind',
    'title',
    'theme',
    'body',
    'position',
    'target',
    'step',
    'media',
    'attachments',
    'authorTeam',
  ];
  const general = failed && !named.some((field) => errorOf(field)) ? describe(failed) : undefined;
  const stepKey = (link: StepLink | null) => (link ? `${link.family}|${link.title}` : '');

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = admin ? t('editor.saved', { title: draft.title }) : t('editor.proposed');
    const outcome = await act('content.save', argsOf(id, draft), message);
    if (outcome.ok && !item) void navigate(`/contenus/${id}`, { replace: true });
  }
  const setStatus = (command: 'content.publish' | 'content.unpublish') =>
    void act(
      command,
      { id },
      t(command === 'content.publish' ? 'editor.published' : 'editor.unpublishedDone', {
        title: draft.title,
      }),
    );

  return (
    <form className="manage-form content-form" onSubmit={(event) => void save(event)} noValidate>
      {admin ? (
        <SelectField
          label={t('editor.kind')}
          value={draft.kind}
          choices={(['page', 'video', 'sheet'] as const).map((kind) => ({
            value: kind,
            label: t(`kind.${kind}`),
          }))}
          onChange={(kind) => set({ kind: kind as Draft['kind'] })}
          error={errorOf('kind')}
        />
      ) : null}
      <TextField
        label={t('editor.title')}
        value={draft.title}
        maxLength={160}
        onChange={(e) => set({ title: e.target.value })}
        error={errorOf('title')}
      />
      <TextField
        label={t('editor.theme')}
        value={draft.theme}
        maxLength={80}
        onChange={(e) => set({ theme: e.target.value })}
        error={errorOf('theme')}
      />
      {draft.kind === 'sheet' ? (
        <TextField
          label={t('editor.authorTeam')}
          value={draft.authorTeam}
          maxLength={160}
          onChange={(e) => set({ authorTeam: e.target.value })}
          error={errorOf('authorTeam')}
        />
      ) : null}
      {admin && draft.kind === 'page' ? (
        <TextField
          label={t('editor.position')}
          type="number"
          min={0}
          max={9999}
          value={String(draft.position)}
          onChange={(e) => set({ position: Number(e.target.value) })}
          error={errorOf('position')}
        />
      ) : null}
      {draft.kind === 'video' ? (
        <>
          <FileField
            label={t('editor.video')}
            kind="video"
            value={draft.video}
            onChange={(video) => set({ video })}
            error={errorOf('media')}
          />
          <FileField
            label={t('editor.captions')}
            kind="captions"
            value={draft.captions}
            onChange={(captions) => set({ captions })}
          />
          <FileField
            label={t('editor.poster')}
            kind="image"
            value={draft.poster}
            onChange={(poster) => set({ poster })}
          />
          <TextField
            label={t('editor.duration')}
            type="number"
            min={1}
            value={draft.duration}
            onChange={(e) => set({ duration: e.target.value })}
            error={errorOf('media.durationSeconds')}
          />
        </>
      ) : null}
      <BodyField
        label={draft.kind === 'video' ? t('editor.transcript') : t('editor.body')}
        value={draft.body}
        onChange={(body) => set({ body })}
        error={errorOf('body')}
      />
      {draft.kind === 'sheet' ? (
        <div className="content-form__attachments">
          {draft.attachments.map((file) => (
            <FileField
              key={file.id}
              label={t('editor.attachments')}
              kind="pdf"
              value={file}
              onChange={(next) =>
                set({
                  attachments: draft.attachments
                    .filter((a) => a.id !== file.id)
                    .concat(next ? [next] : []),
                })
              }
            />
          ))}
          {draft.attachments.length < 10 ? (
            <FileField
              key={draft.attachments.length}
              label={t('editor.addAttachment')}
              kind="pdf"
              value={null}
              onChange={(next) => next && set({ attachments: [...draft.attachments, next] })}
              error={errorOf('attachments')}
            />
          ) : null}
        </div>
      ) : null}
      {admin ? (
        <>
          <TargetFields
            value={draft.target}
            onChange={(target) => set({ target })}
            circonscriptions={circonscriptions}
            jobs={jobs}
            errorOf={errorOf}
          />
          <SelectField
            label={t('editor.step')}
            value={stepKey(draft.step)}
            choices={[
              { value: '', label: t('editor.noStep') },
              ...steps.map(({ link, label }) => ({ value: stepKey(link), label })),
            ]}
            onChange={(value) =>
              set({ step: steps.find(({ link }) => stepKey(link) === value)?.link ?? null })
            }
            error={errorOf('step')}
          />
        </>
      ) : null}
      <p className="welcome__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {admin ? t('editor.save') : t('editor.propose')}
        </button>
        {admin && item && item.status !== 'published' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setStatus('content.publish')}
          >
            {t('editor.publish')}
          </button>
        ) : null}
        {admin && item?.status === 'published' ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => setStatus('content.unpublish')}
          >
            {t('editor.unpublish')}
          </button>
        ) : null}
      </p>
      <Feedback result={result} error={general} />
    </form>
  );
}
