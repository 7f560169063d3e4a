import '../manage/manage.css';
import './import.css';
import { useState, type ChangeEvent } from 'react';
import { Navigate } from 'react-router';
import { mayImport, type ImportLine, type ImportProblem } from '../../domain/import/protocol';
import { TextField } from '../login/TextField';
import { useUserData } from '../data/user-data-context';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useOnline } from '../layout/useOnline';
import { useSession } from '../session/session-context';
import { sendImport, type CreatedAgent } from './import-api';
import { ImportDone } from './ImportDone';
import { ImportHelp } from './ImportHelp';
import { PreviewTable } from './PreviewTable';
import { refusalText } from './problem-text';
import { useImportT } from './strings';

interface State {
  file: File | null;
  /** The server's check of the file, line by line. */
  lines: ImportLine[] | null;
  /** The file refused as a whole (too big, a missing column...). */
  refusal: { code: string; problems: ImportProblem[] } | null;
  created: CreatedAgent[] | null;
  busy: 'check' | 'import' | null;
  /** What went wrong on the way, nothing imported: no network, a server failure, or lines
   *  refused between the check and the import. */
  trouble: 'lost' | 'failed' | 'changed' | null;
  /** The file was chosen, or the network lost, while offline: say when it comes back. */
  waited: boolean;
}

const start: State = {
  file: null,
  lines: null,
  refusal: null,
  created: null,
  busy: null,
  trouble: null,
  waited: false,
};

/**
 * Bulk arrival (issue 14): the HR admin or a manager drops the HR export, sees each line's
 * result (a dry run on the server, nothing written), then imports all lines or none, and
 * prints the new agents' activation sheets. It needs the server: offline, it says so and
 * offers each step again once the network is back.
 */
export default function ImportScreen() {
  const { t } = useImportT();
  const { agent } = useUserData();
  const { expire } = useSession();
  const online = useOnline();
  const [state, setState] = useState<State>(start);
  // A new input after "import another file": a file input cannot be emptied otherwise.
  const [inputKey, setInputKey] = useState(0);
  useDocumentTitle(t('title'));
  if (!mayImport(agent.roles)) return <Navigate to="/" replace />;

  async function send(file: File, action: 'check' | 'import') {
    setState((s) => ({ ...s, busy: action, trouble: null, waited: false }));
    const answer = await sendImport(file, action === 'check');
    const done = { busy: null, trouble: null } as const;
    switch (answer.kind) {
      case 'preview':
        return setState((s) => ({ ...s, ...done, lines: answer.lines, refusal: null }));
      case 'created':
        return setState((s) => ({ ...s, ...done, created: answer.created }));
      case 'refused':
        return setState((s) =>
          answer.lines
            ? { ...s, ...done, lines: answer.lines, trouble: 'changed' }
            : { ...s, ...done, lines: null, refusal: answer },
        );
      case 'unauthenticated':
        setState((s) => ({ ...s, busy: null }));
        return expire();
      case 'offline':
        return setState((s) => ({ ...s, busy: null, trouble: 'lost', waited: true }));
      case 'failed':
        return setState((s) => ({ ...s, busy: null, trouble: 'failed' }));
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    setState({ ...start, file, waited: !navigator.onLine });
    if (file && navigator.onLine) void send(file, 'check');
  }

  const { file, lines, refusal, created, busy, trouble, waited } = state;
  const unchecked = file !== null && lines === null && refusal === null;
  return (
    <div className="manage">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ImportHelp />
      <p role="status" className={online ? undefined : 'notice'}>
        {online ? (waited ? t('online') : null) : t('offline')}
      </p>
      {created ? (
        <ImportDone
          created={created}
          onAgain={() => {
            setState(start);
            setInputKey((key) => key + 1);
          }}
        />
      ) : (
        <>
          <TextField
            key={inputKey}
            type="file"
            accept=".csv,text/csv"
            label={t('file.label')}
            onChange={choose}
            error={refusal ? refusalText(t, refusal.code, refusal.problems) : undefined}
          />
          {unchecked ? (
            <button
              type="button"
              className="button"
              disabled={!online || busy !== null}
              onClick={() => void send(file, 'check')}
            >
              {busy === 'check' ? t('file.checking') : t('file.check')}
            </button>
          ) : null}
          <div role="alert" className="feedback feedback--error">
            {trouble ? <p>{t(trouble === 'changed' ? 'preview.changed' : trouble)}</p> : null}
          </div>
          {file && lines ? (
            <PreviewTable
              lines={lines}
              canImport={online && busy === null}
              importing={busy === 'import'}
              onImport={() => void send(file, 'import')}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
