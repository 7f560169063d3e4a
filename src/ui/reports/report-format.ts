import { useTranslation } from 'react-i18next';

export interface ReportFormat {
  /** 2,5 */
  number: (value: number) => string;
  /** 54,84 € */
  money: (value: number) => string;
  /** A share (0..1): 83 % */
  percent: (share: number) => string;
  /** YYYY-MM → "mars 2026" */
  month: (month: string) => string;
  /** YYYY-MM → "mars 26", for a chart's axis */
  shortMonth: (month: string) => string;
}

const formats = new Map<string, ReportFormat>();

function formatFor(language: string): ReportFormat {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit' });
  // The 15th at noon: no time zone moves it to another month.
  const day = (yyyyMm: string) => new Date(`${yyyyMm}-15T12:00:00`);
  return {
    number: (value) => number.format(value),
    money: (value) => money.format(value),
    percent: (share) => percent.format(share),
    month: (yyyyMm) => month.format(day(yyyyMm)),
    shortMonth: (yyyyMm) => short.format(day(yyyyMm)),
  };
}

/** The reports' numbers, sums and months in the UI language (built once per language). */
export function useReportFormat(): ReportFormat {
  const { i18n } = useTranslation();
  let format = formats.get(i18n.language);
  if (!format) {
    format = formatFor(i18n.language);
    formats.set(i18n.language, format);
  }
  return format;
}
