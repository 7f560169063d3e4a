import '../manage/manage.css';
import './reports.css';
import { Link, Navigate } from 'react-router';
// From its module: the index needs the rule, not the reports' computations.
import { reportScope } from '../../domain/reports/scope';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useReportsT } from './strings';

/** The three reports, each a screen of its own. */
const reports = [
  { to: '/rapports/formation', key: 'trainingDays' },
  { to: '/rapports/indemnites', key: 'bonuses' },
  { to: '/rapports/avancement', key: 'progress' },
] as const;

/** `/rapports`: the reports the HR admin, territory managers and managers send upward and to
 *  payroll, computed on the device; anyone else is sent home (DESIGN §7). */
export default function ReportsScreen() {
  const { t } = useReportsT();
  const { actor } = useUserData();
  useDocumentTitle(t('title'));
  if (!actor) return <Loading />;
  // Roles alone decide who may: the circonscriptions only say whose figures she sees.
  if (!reportScope(actor, [])) return <Navigate to="/" replace />;
  return (
    <div className="manage report">
      <h1>{t('title')}</h1>
      <p className="screen-intro">{t('intro')}</p>
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.key} className="report-card">
            <h2>
              <Link to={report.to}>{t(`${report.key}.title`)}</Link>
            </h2>
            <p>{t(`${report.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
