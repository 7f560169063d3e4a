import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Agent } from '../../../domain/organisation';
import { useFormat } from '../../recruit/format';
import { useAdminT } from './strings';
import type { HrTodoView } from './useHrTodo';

interface ListProps<Row> {
  title: string;
  hint?: string;
  rows: readonly Row[];
  item: (row: Row) => ReactNode;
  rowKey: (row: Row) => string;
}

/** One list of things to do under its heading, or a plain "nothing to report". */
function TodoList<Row>({ title, hint, rows, item, rowKey }: ListProps<Row>) {
  const { t } = useAdminT();
  const id = useId();
  return (
    <section aria-labelledby={id} className="manage-panel admin-todo">
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p>{t('home.todo.nothing')}</p>
      ) : (
        <>
          {hint ? <p className="admin-todo__hint">{hint}</p> : null}
          <ul className="manage-list">
            {rows.map((row) => (
              <li key={rowKey(row)}>{item(row)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What needs doing, each item a link to where it is done: the recruit's page (to create her
 *  path) or her account (to ask for an activation), the group, the organisation. */
export function HrTodoLists({ todo }: { todo: HrTodoView }) {
  const { t } = useAdminT();
  const format = useFormat();
  const recruit = (to: string) => (agent: Agent) => {
    const date = format.date(agent.startDate);
    const circonscription = agent.circonscriptionId
      ? todo.circonscriptionNames.get(agent.circonscriptionId)
      : undefined;
    return (
      <>
        <Link to={`${to}/${agent.id}`}>{agent.displayName}</Link>
        {' – '}
        {circonscription
          ? t('home.todo.in', { circonscription, date })
          : t('home.todo.arrives', { date })}
      </>
    );
  };
  const byId = (row: { id: string }) => row.id;
  return (
    <section aria-labelledby="admin-todo-title" className="admin-todos">
      <h2 id="admin-todo-title">{t('home.todo.title')}</h2>
      <TodoList
        title={t('home.todo.withoutPath.title')}
        hint={t('home.todo.withoutPath.hint')}
        rows={todo.withoutPath}
        item={recruit('/recrues')}
        rowKey={byId}
      />
      <TodoList
        title={t('home.todo.notActivated.title')}
        hint={t('home.todo.notActivated.hint')}
        rows={todo.notActivated}
        item={recruit('/equipe')}
        rowKey={byId}
      />
      <TodoList
        title={t('home.todo.groupsWithoutSession.title')}
        rows={todo.groupsWithoutSession}
        item={(group) => <Link to={`/analyse-de-pratiques/${group.id}`}>{group.name}</Link>}
        rowKey={byId}
      />
      <TodoList
        title={t('home.todo.withoutManager.title')}
        hint={t('home.todo.withoutManager.hint')}
        rows={todo.withoutManager}
        item={(c) => <Link to="/organisation">{c.name}</Link>}
        rowKey={byId}
      />
    </section>
  );
}
