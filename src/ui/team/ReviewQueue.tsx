import './strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePendingKeys, useReviews, type UserDb } from '../../db';
import type { Outcome } from '../../domain/commands';
import { ReviewCard } from './ReviewCard';
import './team.css';

interface Props {
  db: UserDb;
  run: (name: string, args: unknown) => Promise<Outcome>;
}

/** A manager's queue of milestones waiting for a decision, in her circonscription(s) and
 *  any delegated to her; the device holds only those (the server scopes the pull). */
export function ReviewQueue({ db, run }: Props) {
  const { t } = useTranslation('team');
  const reviews = useReviews(db);
  const pending = usePendingKeys(db);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="team-section" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t('reviews.title')}</h2>
      <p role="status" className="team-section__status">
        {announcement}
      </p>
      {reviews === undefined ? null : reviews.length === 0 ? (
        <p>{t('reviews.empty')}</p>
      ) : (
        <>
          <p>{t('reviews.count', { count: reviews.length })}</p>
          <ul className="card-list">
            {reviews.map((review) => (
              <ReviewCard
                key={review.step.id}
                review={review}
                pending={pending?.has(`step:${review.step.id}`) ?? false}
                onDecided={setAnnouncement}
                decide={(decision, comment) =>
                  run('milestone.decide', {
                    stepId: review.step.id,
                    decision,
                    ...(comment ? { comment } : {}),
                  })
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
