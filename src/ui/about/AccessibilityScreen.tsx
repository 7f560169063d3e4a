import { useTranslation } from 'react-i18next';
import aboutFr from '../../../locales/fr/about.json';
import { registerFrench } from '../data/lazy-strings';
import { useDocumentTitle } from '../layout/useDocumentTitle';

registerFrench('about', aboutFr);

/** Set per deployment: the address of the département's accessibility contact. */
const contact = 'accessibilite@parcours.example';
const appealForm = 'https://formulaire.defenseurdesdroits.fr/';

/** The accessibility statement RGAA requires, reachable signed in or not (DESIGN: every
 *  page's footer links here). */
export default function AccessibilityScreen() {
  const { t } = useTranslation('about');
  useDocumentTitle(t('title'));
  const issues = t('issues', { returnObjects: true });
  const ways = t('appealWays', { returnObjects: true });
  return (
    <article className="statement">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('statusTitle')}</h2>
      <p>{t('status')}</p>
      <p>{t('auditNote')}</p>
      <h2>{t('issuesTitle')}</h2>
      <ul>
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
      <h2>{t('reportTitle')}</h2>
      <p>
        {t('report')} <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <h2>{t('appealTitle')}</h2>
      <p>{t('appeal')}</p>
      <ul>
        {ways.map((way, index) => (
          <li key={way}>
            {index === 0 ? (
              <>
                {way} <a href={appealForm}>{t('form')}</a>
              </>
            ) : (
              way
            )}
          </li>
        ))}
      </ul>
      <p>{t('date')}</p>
    </article>
  );
}
