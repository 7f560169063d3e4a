import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the tab and the installed app's window after the current screen. `null` while the
 *  screen does not know its name yet: the title stays rather than change twice, a change
 *  being a message to the browser that a screen opened from a click waits for. */
export function useDocumentTitle(screen: string | null): void {
  const { t } = useTranslation();
  const title = screen === null ? null : t('app.title', { screen });
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
