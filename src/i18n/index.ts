import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from '../../locales/fr/common.json';
import frSync from '../../locales/fr/sync.json';

/** French first, English second (DESIGN §3). */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';
export const namespaces = ['common', 'sync'] as const;

/** A non-secret preference, so localStorage is enough. */
const storageKey = 'parcours.language';

// French, the default, ships inside the entry chunk: the first paint waits for no second
// request. Every other locale file is its own chunk, fetched only when that language is used
// (and precached by the service worker for offline starts).
const bundled = { fr: { common: frCommon, sync: frSync } };
const localeFiles = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*/*.json', '!../../locales/fr/*.json'],
  { import: 'default' },
);

const lazyLocales: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`No locale file for ${language}/${namespace}`), false);
    load().then(
      (strings) => callback(null, strings),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage; // storage can be unavailable (private mode, blocked cookies)
  }
}

function reflectInDocument(language: string): void {
  document.documentElement.lang = language;
}

/** Loads the chosen language's strings; resolves once the first render can be translated. */
export async function initI18n(): Promise<void> {
  if (i18next.isInitialized) return;
  i18next.on('languageChanged', reflectInDocument);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      fallbackLng: defaultLanguage,
      supportedLngs: languages,
      load: 'currentOnly',
      resources: bundled,
      partialBundledLanguages: true,
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes what it renders
      react: { useSuspense: false },
    });
}

/** Switches the UI language, remembers the choice and updates `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // the switch still applies to this session
  }
  await i18next.changeLanguage(language);
}
