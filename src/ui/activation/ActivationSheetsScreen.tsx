import './activation.css';
import { useMemo } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { mayAskForCodes } from '../../domain/activation';
import { MAX_BULK_ACTIVATIONS, type AgentActivation } from '../../domain/activation-api';
import { Id } from '../../domain/organisation';
import { ActivationSheet, PrintArea } from '../admin/ActivationSheet';
import { useUserData } from '../data/user-data-context';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { askForCodes } from './activation-api';
import { AskControls } from './AskControls';
import { useActivationT } from './strings';
import { useCodeRequest } from './useCodeRequest';

/** The agents `?ids=a,b,c` names, once each; null when one of them is not an id. */
export function idsOf(param: string | null): string[] | null {
  const ids = [...new Set((param ?? '').split(',').map((id) => id.trim().toLowerCase()))].filter(
    (id) => id !== '',
  );
  return ids.every((id) => Id.safeParse(id).success) ? ids : null;
}

/**
 * `/equipe/fiches?ids=a,b,c`: the welcome sheets of many agents at once (after a CSV
 * import), one per printed page. The codes are asked for on a click, not on opening: a
 * reload would otherwise replace the codes of sheets already printed.
 */
export default function ActivationSheetsScreen() {
  const { t } = useActivationT();
  const { agent: me } = useUserData();
  const [params] = useSearchParams();
  const ids = useMemo(() => idsOf(params.get('ids')), [params]);
  const { request, ask } = useCodeRequest<AgentActivation[]>();
  useDocumentTitle(t('sheets.title'));

  if (!mayAskForCodes(me.roles)) return <Navigate to="/" replace />;
  const count = ids?.length ?? 0;
  const sheets = request.kind === 'done' ? request.value : null;
  return (
    <div className="manage activation-screen">
      <h1>{t('sheets.title')}</h1>
      {!ids || count === 0 ? (
        <p>{t('sheets.none')}</p>
      ) : count > MAX_BULK_ACTIVATIONS ? (
        <p>{t('sheets.tooMany', { max: MAX_BULK_ACTIVATIONS })}</p>
      ) : (
        <>
          <p>{t('sheets.intro', { count })}</p>
          <p>{t('sheets.replaces')}</p>
          <AskControls
            request={request}
            askLabel={t('sheets.prepare')}
            onAsk={() => void ask(() => askForCodes(ids))}
            asking={t('sheets.asking')}
            ready={t('sheets.ready', { count })}
            printLabel={t('sheets.print')}
            offline={t('sheets.offline')}
          />
        </>
      )}
      {sheets ? (
        <PrintArea>
          {sheets.map((sheet) => (
            <ActivationSheet
              key={sheet.agentId}
              name={sheet.displayName}
              code={sheet.code}
              url={sheet.url}
              expiresAt={sheet.expiresAt}
            />
          ))}
        </PrintArea>
      ) : null}
    </div>
  );
}
