import { useId, useState } from 'react';
import { LazyMarkdown } from './LazyMarkdown';
import { useWelcomeT } from './strings';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The Markdown text, a plain textarea with its hint, and a preview rendered exactly as the
 *  reader will see it (the same sanitised renderer). */
export function BodyField({ label, value, onChange, error }: Props) {
  const { t } = useWelcomeT();
  const id = useId();
  const [preview, setPreview] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('editor.bodyHint')}
      </p>
      <textarea
        id={id}
        className="field__input"
        rows={14}
        maxLength={50_000}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={preview}
        onClick={() => setPreview(!preview)}
      >
        {preview ? t('editor.edit') : t('editor.preview')}
      </button>
      {preview ? (
        <section className="body-preview" aria-label={t('editor.previewHeading')}>
          <LazyMarkdown source={value} />
        </section>
      ) : null}
    </div>
  );
}
