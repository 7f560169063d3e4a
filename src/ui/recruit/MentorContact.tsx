import type { Path } from '../../domain/entities';
import { useAgent } from '../../db';
import { useUserData } from '../data/user-data-context';
import { useRecruitT } from './strings';

/** The mentor named on the path, with one tap to call or write. */
export function MentorContact({ path }: { path: Path | null }) {
  const { t } = useRecruitT();
  const { db } = useUserData();
  const mentor = useAgent(db, path?.mentorId);
  if (mentor === undefined) return null;
  return (
    <section aria-labelledby="mentor-contact-title" className="tile">
      <h2 id="mentor-contact-title">{t('mentor.contactTitle')}</h2>
      {!path?.mentorId ? (
        <p>{t('mentor.none')}</p>
      ) : !mentor ? (
        <p>{t('mentor.unknown')}</p>
      ) : (
        <>
          <p className="tile__title">{mentor.displayName}</p>
          <p>{mentor.job}</p>
          <ul className="contact-links">
            {mentor.phone ? (
              <li>
                <a
                  className="button button--quiet"
                  href={`tel:${mentor.phone.replace(/[^\d+]/g, '')}`}
                >
                  {t('mentor.call', { name: mentor.displayName, phone: mentor.phone })}
                </a>
              </li>
            ) : null}
            <li>
              <a className="button button--quiet" href={`mailto:${mentor.email}`}>
                {t('mentor.mail', { name: mentor.displayName, email: mentor.email })}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
