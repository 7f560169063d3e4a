import i18next from 'i18next';

/** The French strings of the signed-in screens travel in those screens' lazy chunks, not in
 *  the entry the login screen loads. Importing a chunk registers them synchronously, so its
 *  first render is already translated; other languages come through the i18n backend. */
export function registerFrench(
  namespace:
    | 'recruit'
    | 'commands'
    | 'team'
    | 'manage'
    | 'about'
    | 'activation'
    | 'import'
    | 'accounts'
    | 'organisation'
    | 'templates'
    | 'groups'
    | 'admin'
    | 'reports'
    | 'reminders'
    | 'welcome',
  strings: object,
): void {
  const add = () => {
    if (!i18next.hasResourceBundle('fr', namespace)) {
      i18next.addResourceBundle('fr', namespace, strings);
    }
  };
  // Imported before i18next has started (a test importing a helper): wait for it.
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
