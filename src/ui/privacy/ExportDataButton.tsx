import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../layout/useOnline';
import { downloadExport, type ExportFailure } from './download-export';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; reason: ExportFailure };

interface Props {
  agentId: string;
  /** Her own data ("Mes données") or, for HR, someone else's ("Exporter ses données"). */
  whose: 'mine' | 'theirs';
  /** The status line's class, to sit in its surroundings. */
  statusClassName?: string;
}

/**
 * Downloads everything Parcours holds about the agent (GDPR art. 15), from the server.
 * Offline it says plainly that this needs a connection, rather than failing after a tap.
 * The status line is always there, so that screen readers announce what it comes to say.
 */
export function ExportDataButton({ agentId, whose, statusClassName }: Props) {
  const { t } = useTranslation();
  const online = useOnline();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download() {
    if (!navigator.onLine || state.kind === 'working') return;
    setState({ kind: 'working' });
    const result = await downloadExport(agentId);
    setState(
      result.ok ? { kind: 'done', fileName: result.fileName } : { kind: 'failed', ...result },
    );
  }

  const status = !online
    ? t('account.export.offline')
    : state.kind === 'working'
      ? t('account.export.preparing')
      : state.kind === 'done'
        ? t('account.export.done', { file: state.fileName })
        : state.kind === 'failed'
          ? t(`account.export.${state.reason}`)
          : '';
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-disabled={!online || state.kind === 'working'}
        onClick={() => void download()}
      >
        {t(whose === 'mine' ? 'account.export.mine' : 'account.export.theirs')}
      </button>
      <p role="status" className={statusClassName}>
        {status}
      </p>
    </>
  );
}
