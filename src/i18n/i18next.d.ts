import type common from '../../locales/fr/common.json';
import type sync from '../../locales/fr/sync.json';
import type team from '../../locales/fr/team.json';
import type recruit from '../../locales/fr/recruit.json';
import type commands from '../../locales/fr/commands.json';
import type manage from '../../locales/fr/manage.json';
import type about from '../../locales/fr/about.json';
import type activationStrings from '../../locales/fr/activation.json';
import type importStrings from '../../locales/fr/import.json';
import type accountsStrings from '../../locales/fr/accounts.json';
import type organisationStrings from '../../locales/fr/organisation.json';
import type templatesStrings from '../../locales/fr/templates.json';
import type groupsStrings from '../../locales/fr/groups.json';
import type adminStrings from '../../locales/fr/admin.json';
import type reportsStrings from '../../locales/fr/reports.json';
import type remindersStrings from '../../locales/fr/reminders.json';
import type welcomeStrings from '../../locales/fr/welcome.json';

// French is the reference: every key used with t() must exist in locales/fr/common.json,
// and locales.test.ts keeps the English file's keys identical.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      sync: typeof sync;
      team: typeof team;
      // Loaded with the signed-in screens, not with the login screen (see ui/data/lazy-strings).
      recruit: typeof recruit;
      commands: typeof commands;
      manage: typeof manage;
      about: typeof about;
      activation: typeof activationStrings;
      import: typeof importStrings;
      accounts: typeof accountsStrings;
      organisation: typeof organisationStrings;
      templates: typeof templatesStrings;
      groups: typeof groupsStrings;
      admin: typeof adminStrings;
      reports: typeof reportsStrings;
      reminders: typeof remindersStrings;
      welcome: typeof welcomeStrings;
    };
  }
}
