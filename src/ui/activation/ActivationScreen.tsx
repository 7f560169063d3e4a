import './activation.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useParams } from 'react-router';
import { activationPermission, mayAskForCodes, scopeAbove } from '../../domain/activation';
import type { Activation } from '../../domain/activation-api';
import { DexieReader } from '../../db/reader';
import { ActivationSheet, PrintArea } from '../admin/ActivationSheet';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { askForCode } from './activation-api';
import { AskControls } from './AskControls';
import { useActivationT } from './strings';
import { useCodeRequest } from './useCodeRequest';

/**
 * `/equipe/:agentId/activation`: a supervisor asks for an agent's code and prints her
 * welcome sheet. What the screen offers follows the rule the server applies (DESIGN §7),
 * over this device's copy of the organisation; the server decides.
 */
export default function ActivationScreen() {
  const { t } = useActivationT();
  const { agentId = '' } = useParams();
  const { db, agent: me, actor } = useUserData();
  const { request, ask } = useCodeRequest<Activation>();
  const target = useLiveQuery(async () => {
    const agent = await db.agent.get(agentId);
    if (!agent) return null;
    const scope = (await new DexieReader(db).scopeOfAgent(agentId)) ?? scopeAbove(agentId);
    return { agent, scope };
  }, [db, agentId]);
  const name = target?.agent.displayName ?? '';
  useDocumentTitle(name ? t('ask.title', { name }) : t('ask.titleUnknown'));

  if (!mayAskForCodes(me.roles)) return <Navigate to="/" replace />;
  if (target === undefined || !actor) return <Loading />;
  const permission = target && activationPermission(actor, target.scope, target.agent.roles);
  if (!target || permission === 'outOfScope') {
    return (
      <div className="manage activation-screen">
        <h1>{t('ask.titleUnknown')}</h1>
        <p>{t('ask.unknown')}</p>
      </div>
    );
  }
  const { agent } = target;
  const blocked =
    permission === 'rolesBeyondRecruit'
      ? t('ask.errors.rolesBeyondRecruit')
      : agent.disabled
        ? t('ask.errors.disabled')
        : null;
  const shown = request.kind === 'done' ? request.value : null;
  return (
    <div className="manage activation-screen">
      <h1>{t('ask.title', { name })}</h1>
      <p>{t('ask.intro', { name })}</p>
      {agent.activated ? <p className="notice">{t('ask.activated')}</p> : null}
      {blocked ? (
        <p className="notice">{blocked}</p>
      ) : (
        <AskControls
          request={request}
          askLabel={shown ? t('ask.again') : t('ask.button')}
          onAsk={() => void ask(() => askForCode(agent.id))}
          asking={t('ask.asking')}
          ready={t('ask.ready', { name })}
          printLabel={t('ask.print')}
          offline={t('ask.offline')}
        />
      )}
      {shown ? (
        <PrintArea>
          <ActivationSheet name={name} {...shown} />
        </PrintArea>
      ) : null}
    </div>
  );
}
