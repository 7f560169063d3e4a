import type { Step } from '../../domain/entities';
import { equipmentItemTypes } from '../../domain/templates/steps';
import { ActionFeedback } from './ActionFeedback';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

const isKnownItem = (item: string | null): item is (typeof equipmentItemTypes)[number] =>
  (equipmentItemTypes as readonly (string | null)[]).includes(item);

/** Equipment: where the item stands, its asset tag, and "J'ai reçu ce matériel". */
export function EquipmentPanel({ step }: { step: Step }) {
  const { t } = useRecruitT();
  const { act, busy, result } = useAction();
  const canAcknowledge = step.status !== 'acknowledged' && step.status !== 'returned';
  return (
    <section className="step-action" aria-labelledby="equipment-title">
      <h2 id="equipment-title">{t('equipment.title')}</h2>
      <ul className="facts">
        {isKnownItem(step.itemType) ? (
          <li>{t('equipment.item', { item: t(`equipment.items.${step.itemType}`) })}</li>
        ) : null}
        <li>{t('step.status', { status: t(`step.statuses.${step.status}`) })}</li>
        <li>
          {step.assetTag
            ? t('equipment.assetTag', { tag: step.assetTag })
            : t('equipment.noAssetTag')}
        </li>
      </ul>
      {canAcknowledge ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void act('equipment.acknowledge', { stepId: step.id }, t('equipment.acknowledged'))
          }
        >
          {t('equipment.acknowledge')}
        </button>
      ) : null}
      <ActionFeedback result={result} />
    </section>
  );
}
