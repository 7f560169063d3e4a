import { useTranslation } from 'react-i18next';

export interface Format {
  /** "3 mars 2026" */
  date: (iso: string) => string;
  /** "mardi 3 mars 2026" */
  day: (iso: string) => string;
  number: (value: number) => string;
}

// One set of formatters per language for the whole app: building an Intl formatter costs far
// more than using one, and every screen that mounts would otherwise build its own.
const formats = new Map<string, Format>();

function formatFor(language: string): Format {
  const long = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const full = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const atNoon = (iso: string) => new Date(`${iso}T12:00:00`);
  // Lists show the same dates on every visit (a path's steps): each is formatted once. They
  // are the dates of the rows on this device, so the cache stays small.
  const dates = new Map<string, string>();
  return {
    date: (iso) => {
      let text = dates.get(iso);
      if (text === undefined) {
        text = long.format(atNoon(iso));
        dates.set(iso, text);
      }
      return text;
    },
    day: (iso) => full.format(atNoon(iso)),
    number: (value) => number.format(value),
  };
}

/** Dates and numbers in the UI language. ISO dates are read at noon, so no time zone can
 *  move them to the day before. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.language;
  let format = formats.get(language);
  if (!format) {
    format = formatFor(language);
    formats.set(language, format);
  }
  return format;
}
