import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On every page: the accessibility statement's link, whose words give the compliance
 *  status, as RGAA requires from the home page on. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <Link to="/accessibilite">{t('footer.accessibility')}</Link>
    </footer>
  );
}
