import { addDays, addMonths, addWeeks, format, parseISO } from 'date-fns';
import { z } from 'zod';

/** Calendar dates travel as ISO strings (YYYY-MM-DD): no time zone can shift them. */
export type IsoDate = string;

export const DueOffset = z.strictObject({
  unit: z.enum(['day', 'week', 'month']),
  amount: z.number().int().min(0).max(60),
});
export type DueOffset = z.infer<typeof DueOffset>;

const toIso = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

/** The due date of a step: "day 1" is the start date itself, "month 3" three months later. */
export function addOffset(start: IsoDate, offset: DueOffset): IsoDate {
  const date = parseISO(start);
  switch (offset.unit) {
    case 'day':
      return toIso(addDays(date, Math.max(0, offset.amount - 1)));
    case 'week':
      return toIso(addWeeks(date, offset.amount));
    case 'month':
      return toIso(addMonths(date, offset.amount));
  }
}

/** Days from one calendar date to another, by arithmetic on the ISO strings (UTC days have
 *  no daylight-saving hour): the timeline asks it for every step, and date-fns's parsing
 *  cost a few milliseconds per render of a long path. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  (utcDay(to) - utcDay(from)) / 86_400_000;

const utcDay = (date: IsoDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export const addDaysIso = (date: IsoDate, days: number): IsoDate =>
  toIso(addDays(parseISO(date), days));

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Today's calendar date where the device is: what "overdue" means to the person holding it. */
export const todayIso = (now: Date): IsoDate => toIso(now);
