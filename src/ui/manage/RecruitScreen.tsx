import './manage.css';
import '../recruit/strings';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useRecruitFile } from '../../db/recruit-file';
import { useCirconscriptions } from '../../db/supervision';
import { todayIso } from '../../domain/dates';
import { syncFreshness } from '../../domain/figures';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useFormat } from '../recruit/format';
import { MentorPicker } from './MentorPicker';
import { PathSteps } from './PathSteps';
import { mayOnPath } from './permissions';
import { RecruitRecords } from './RecruitRecords';
import { useManageT } from './strings';

/** One recruit's page for her manager, territory manager or mentor (DESIGN §2): her path,
 *  trainings, equipment, meetings, groups and sync health, with what each role may do. It
 *  reads this device's synced rows only, so it opens and acts offline. */
export default function RecruitScreen() {
  const { t } = useManageT();
  const format = useFormat();
  const { agentId = '' } = useParams();
  const { db, actor } = useUserData();
  const file = useRecruitFile(db, agentId);
  const circonscriptions = useCirconscriptions(db);
  const may = mayOnPath(actor, file?.path ?? null, circonscriptions);
  const [now] = useState(() => new Date());
  const today = todayIso(now);
  // Named once her file is read: "Recrue" in between would be one more title change.
  useDocumentTitle(file === undefined ? null : (file?.agent.displayName ?? t('recruit.title')));
  if (file === undefined) return <Loading />;
  if (file === null)
    return (
      <div className="manage">
        <h1>{t('recruit.title')}</h1>
        <p>{t('recruit.notFound')}</p>
      </div>
    );
  const { agent, path } = file;
  const freshness = syncFreshness(file.lastSyncAt, now.toISOString());
  return (
    <div className="manage">
      <div className="manage-heading">
        <h1>{agent.displayName}</h1>
      </div>
      <ul className="manage-facts">
        <li>
          {agent.job} · {t(`statuses.${agent.status}`)}
        </li>
        <li>{t('recruit.started', { date: format.date(path?.startDate ?? agent.startDate) })}</li>
        <li>
          {t('recruit.mentor', { name: file.mentor?.displayName ?? t('dashboard.noMentor') })}
        </li>
        <li>
          <span className={`manage-freshness is-${freshness}`}>
            {t('recruit.sync', { when: t(`freshness.${freshness}`) })}
          </span>
          {file.lastSyncAt ? (
            <span className="manage-sub">{format.date(file.lastSyncAt.slice(0, 10))}</span>
          ) : null}
          {file.pendingChanges ? (
            <span className="manage-sub">
              {t('dashboard.pendingChanges', { count: file.pendingChanges })}
            </span>
          ) : null}
        </li>
      </ul>
      {path ? (
        <>
          {may('path.assignMentor') ? <MentorPicker file={file} /> : null}
          <PathSteps file={file} today={today} may={may} />
        </>
      ) : (
        <p className="manage-panel">
          {t('recruit.noPath')}{' '}
          <Link to={`/parcours/nouveau?recrue=${agent.id}`}>{t('dashboard.createPath')}</Link>
        </p>
      )}
      <RecruitRecords file={file} today={today} may={may} />
    </div>
  );
}
