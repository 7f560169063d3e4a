import '../manage/manage.css';
import '../admin/home/admin-home.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../domain/dates';
import { AdminShortcuts } from '../admin/home/AdminShortcuts';
import { HrTodoCounts } from '../admin/home/HrTodoCounts';
import { HrTodoLists } from '../admin/home/HrTodoLists';
import { useAdminT } from '../admin/home/strings';
import { useHrTodo } from '../admin/home/useHrTodo';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { RemindersPanel } from '../reminders/RemindersPanel';
import type { HomeProps } from './RoleHome';

/** The HR admin's home (DESIGN §2, issue 14): what needs doing in the next 30 days, counted
 *  then listed, each item a link to where it is done, then the ways into what she manages.
 *  All of it from her device's synced rows, so it opens offline. */
export default function AdminHome({ agent }: HomeProps) {
  const { t: common } = useTranslation();
  const { t } = useAdminT();
  const { db } = useUserData();
  const [today] = useState(() => todayIso(new Date()));
  useDocumentTitle(common('home.title'));
  const todo = useHrTodo(db, today);
  return (
    <div className="manage admin-home">
      <section className="home" aria-labelledby="home-title">
        <h1 id="home-title">{common('home.greeting', { name: agent.displayName })}</h1>
        <p className="home__intro">{t('home.intro')}</p>
        <RemindersPanel />
      </section>
      {todo ? (
        <>
          <HrTodoCounts todo={todo} />
          <HrTodoLists todo={todo} />
        </>
      ) : (
        <Loading />
      )}
      <AdminShortcuts />
    </div>
  );
}
