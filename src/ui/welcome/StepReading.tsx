import type { Step } from '../../domain/entities';
import { useItemsForStep } from '../../db/content';
import { useUserData } from '../data/user-data-context';
import { ItemLinks } from './ItemLinks';
import { useWelcomeT } from './strings';

/** The welcome items linked to this step of her path ("read before your first home visit"):
 *  nothing at all when there is none. */
export function StepReading({ step }: { step: Pick<Step, 'pathId' | 'title'> }) {
  const { t } = useWelcomeT();
  const { db, agent } = useUserData();
  const items = useItemsForStep(db, agent, step.pathId, step.title);
  if (!items || items.length === 0) return null;
  return (
    <section className="step-detail__reading" aria-labelledby="step-reading">
      <h2 id="step-reading">{t('steps.heading')}</h2>
      <ItemLinks items={items} empty="" />
    </section>
  );
}
