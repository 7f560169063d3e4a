import type { HrTodoView } from './useHrTodo';
import { useAdminT } from './strings';

const keys = [
  'arriving',
  'withoutPath',
  'notActivated',
  'groupsWithoutSession',
  'withoutManager',
] as const;

/** The to-do's figures at the top, as a list read in order; a count of things to do that
 *  is not zero is marked. */
export function HrTodoCounts({ todo }: { todo: HrTodoView }) {
  const { t } = useAdminT();
  const countOf = (key: (typeof keys)[number]) =>
    key === 'arriving' ? todo.arriving : todo[key].length;
  return (
    <section aria-label={t('home.counts.title')} className="manage-counts">
      <ul>
        {keys.map((key) => (
          <li key={key} className={key !== 'arriving' && countOf(key) > 0 ? 'is-alert' : undefined}>
            <strong>{countOf(key)}</strong> <span>{t(`home.counts.${key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
