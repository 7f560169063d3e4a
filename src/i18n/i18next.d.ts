import type common from '../../locales/fr/common.json';
import type sync from '../../locales/fr/sync.json';
import type team from '../../locales/fr/team.json';
import type recruit from '../../locales/fr/recruit.json';
import type commands from '../../locales/fr/commands.json';
import type manage from '../../locales/fr/manage.json';
import type about from '../../locales/fr/about.json';

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
    };
  }
}
