import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileRef } from '../../domain/content/entity';
import {
  DownloadError,
  downloadFiles,
  offlineState,
  removeFiles,
  requestPersistence,
  storageLeft,
  type DownloadFailure,
} from '../../db/offline-files';
import { formatSize } from './format';
import { useWelcomeT } from './strings';

/** Which of the files this device keeps, and the room it has left (null: unknown). */
async function onDevice(files: readonly FileRef[]) {
  const [kept, estimate] = await Promise.all([offlineState(files), storageLeft()]);
  return { kept, space: estimate ? Math.max(0, estimate.quota - estimate.usage) : null };
}
type Stored = Awaited<ReturnType<typeof onDevice>>;

/**
 * "Disponible hors ligne": an item's files kept on this device on demand (issue 18), with
 * their size, a progress bar and the space left; removable. A download cut short keeps
 * nothing incomplete (offline-files.ts) and resumes with what is missing.
 */
export function OfflineFiles({ files }: { files: readonly FileRef[] }) {
  const { t, i18n } = useWelcomeT();
  const size = (bytes: number) => formatSize(bytes, i18n.language);
  const [stored, setStored] = useState<Stored | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const [removed, setRemoved] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const total = files.reduce((sum, file) => sum + file.size, 0);

  const refresh = useCallback(() => onDevice(files).then(setStored), [files]);
  useEffect(() => {
    let current = true;
    void onDevice(files).then((found) => current && setStored(found));
    return () => {
      current = false;
      abort.current?.abort();
    };
  }, [files]);

  async function download() {
    const controller = new AbortController();
    abort.current = controller;
    setFailure(null);
    setRemoved(false);
    void requestPersistence();
    try {
      await downloadFiles(files, {
        signal: controller.signal,
        onProgress: (received, all) => setProgress([received, all]),
      });
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      setFailure(error.reason);
    } finally {
      abort.current = null;
      setProgress(null);
      await refresh();
    }
  }
  async function remove() {
    await removeFiles(files);
    setRemoved(true);
    await refresh();
  }

  if (!stored) return null;
  const { kept: state, space } = stored;
  const complete = state.stored === state.total;
  return (
    <section className="offline-files" aria-labelledby="offline-files-heading">
      <h2 id="offline-files-heading">{t('offline.heading')}</h2>
      <p>
        {complete
          ? t('offline.stored', { size: size(total) })
          : t('offline.explain', { count: files.length, size: size(total) })}
      </p>
      {!complete && state.stored > 0 && !progress ? (
        <p>{t('offline.partial', { stored: state.stored, total: state.total })}</p>
      ) : null}
      {progress ? (
        <p className="offline-files__progress">
          <label htmlFor="offline-files-bar">{t('offline.progress')}</label>{' '}
          <progress id="offline-files-bar" max={progress[1]} value={progress[0]}>
            {Math.round((100 * progress[0]) / Math.max(progress[1], 1))} %
          </progress>{' '}
          {size(progress[0])} / {size(progress[1])}
        </p>
      ) : null}
      <p className="offline-files__actions">
        {progress ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => abort.current?.abort()}
          >
            {t('offline.cancel')}
          </button>
        ) : complete ? (
          <button type="button" className="button button--quiet" onClick={() => void remove()}>
            {t('offline.remove')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void download()}>
            {state.stored > 0 ? t('offline.resume') : t('offline.download')}
          </button>
        )}
      </p>
      {space !== null ? (
        <p className="offline-files__space">{t('offline.space', { size: size(space) })}</p>
      ) : null}
      <p role="status">{removed ? t('offline.removed') : null}</p>
      <div role="alert">
        {failure ? <p className="feedback--error">{t(`offline.error.${failure}`)}</p> : null}
      </div>
    </section>
  );
}
