import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, setLanguage, type Language } from '../../i18n';

/** One button naming the other language in that language ("English" / "Français"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const other: Language = current === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={other}
      onClick={() => void setLanguage(other)}
    >
      {t(`languages.${other}`)}
    </button>
  );
}
