import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the tab and the installed app's window after the current screen. */
export function useDocumentTitle(screen: string): void {
  const { t } = useTranslation();
  const title = t('app.title', { screen });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
