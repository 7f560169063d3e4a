import { useId, useState } from 'react';
import type { FileKind, FileRef } from '../../domain/content/entity';
import { checkWebVtt } from '../../domain/content/webvtt';
import { formatSize } from './format';
import { useWelcomeT } from './strings';
import { uploadFile } from './upload-api';

const accept: Record<FileKind, string> = {
  video: 'video/mp4,video/webm',
  image: 'image/png,image/jpeg,image/webp',
  pdf: 'application/pdf',
  captions: '.vtt,text/vtt',
};

interface Props {
  label: string;
  kind: FileKind;
  /** The file chosen, once the server has it. */
  value: FileRef | null;
  onChange: (file: FileRef | null) => void;
  /** A refusal of the command that names this field. */
  error?: string | undefined;
}

/** One file of an item: chosen, checked here where the rule can be (captions), sent at once
 *  (an upload needs the network); the server's refusal shows under the field. */
export function FileField({ label, kind, value, onChange, error }: Props) {
  const { t, i18n } = useWelcomeT();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const shown = refusal ?? error;
  async function choose(file: File | undefined) {
    if (!file) return;
    setRefusal(null);
    if (kind === 'captions') {
      const check = checkWebVtt(await file.text());
      if (!check.ok) {
        setRefusal(
          t('upload.captionsAt', {
            line: check.line,
            column: check.column,
            message: check.message,
          }),
        );
        return;
      }
    }
    setStatus(t('editor.uploading', { name: file.name }));
    const answer = await uploadFile(file, kind);
    setStatus(null);
    if (answer.ok) {
      onChange(answer.file);
      setStatus(
        t('editor.uploaded', {
          name: answer.file.name,
          size: formatSize(answer.file.size, i18n.language),
        }),
      );
    } else {
      const known = [
        'offline',
        'too_large',
        'wrong_type',
        'empty',
        'truncated',
        'bad_captions',
        'forbidden',
      ];
      setRefusal(t(`upload.${(known.includes(answer.code) ? answer.code : 'failed') as 'failed'}`));
    }
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {value ? (
        <p className="field__hint">
          {value.name} · {formatSize(value.size, i18n.language)}{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            {t('editor.removeFile', { name: value.name })}
          </button>
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept={accept[kind]}
        className="field__input"
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <p role="status" className="field__hint">
        {status}
      </p>
      {shown ? (
        <p id={`${id}-error`} className="field__error">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
