import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the UI language. ISO dates are read at noon, so no time zone can
 *  move them to the day before. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const full = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const atNoon = (iso: string) => new Date(`${iso}T12:00:00`);
    return {
      date: (iso: string) => long.format(atNoon(iso)),
      day: (iso: string) => full.format(atNoon(iso)),
      number: (value: number) => number.format(value),
    };
  }, [language]);
}
