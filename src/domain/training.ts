import { z } from 'zod';
import { daysBetween, yearOf, type IsoDate } from './dates';
import type { Training } from './entities';

/** At least 5 training days per agent per calendar year, whatever the job (DESIGN §1). */
export const yearlyTarget = 5;

/** Training days are counted in half days, from half a day to five days per record. */
export const TrainingDays = z
  .number()
  .min(0.5)
  .max(5)
  .refine((days) => Number.isInteger(days * 2), 'days must be a multiple of 0.5');

export type TrainingPace = 'met' | 'onTrack' | 'behind';

export interface TrainingAccount {
  year: number;
  days: number;
  target: number;
  remaining: number;
  /** Whole months left in the year after the current one. */
  monthsLeft: number;
  /** The days the agent should have by now if training were spread evenly. */
  expectedByNow: number;
  pace: TrainingPace;
}

/** Her time in post in `year`: from her start date or 1 January to her end date or
 *  31 December; `span` counts its days (0 or less when she was not in post that year). */
export function timeInPost(
  year: number,
  startDate: IsoDate,
  endDate?: IsoDate | null,
): { from: IsoDate; to: IsoDate; span: number; yearLength: number } {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const from = startDate > yearStart ? startDate : yearStart;
  const to = endDate && endDate < yearEnd ? endDate : yearEnd;
  // By arithmetic on the strings (daysBetween): a report counts this for 1,200 agents, and
  // date-fns's parsing made two thirds of its time.
  const span = daysBetween(from, to) + 1;
  const yearLength = daysBetween(yearStart, `${year + 1}-01-01`);
  return { from, to, span, yearLength };
}

/** The days owed in `year`: the 5-day target prorated to her days in post that year (a
 *  recruit who starts on 1 November owes one day, not five; one who leaves on 30 June owes
 *  two and a half), in half days, never under half a day. The one rule the recruit's screen,
 *  the dashboards and the reports share. */
export function proratedTarget(year: number, startDate: IsoDate, endDate?: IsoDate | null): number {
  const { span, yearLength } = timeInPost(year, startDate, endDate);
  return Math.max(0.5, roundToHalf((yearlyTarget * Math.max(0, span)) / yearLength));
}

/** An agent's days in the year of `today`, against the target, with a forecast. In the year
 *  an agent arrives (or leaves, when her end date is given), the target is prorated to the
 *  part of the year she works (proratedTarget), and the expected pace counts from her start
 *  date, so nobody is flagged behind on day one. */
export function trainingAccount(
  trainings: readonly Pick<Training, 'date' | 'days'>[],
  today: IsoDate,
  startDate: IsoDate,
  endDate?: IsoDate | null,
): TrainingAccount {
  const year = yearOf(today);
  const days = trainings
    .filter((training) => yearOf(training.date) === year)
    .reduce((sum, training) => sum + training.days, 0);
  const { from, span } = timeInPost(year, startDate, endDate);
  const elapsed = Math.max(0, daysBetween(from, today) + 1);
  const target = proratedTarget(year, startDate, endDate);
  const expectedByNow = span > 0 ? Math.min(1, elapsed / span) * target : target;
  const remaining = Math.max(0, target - days);
  const pace: TrainingPace =
    remaining === 0 ? 'met' : days + 0.5 < roundToHalf(expectedByNow) ? 'behind' : 'onTrack';
  return {
    year,
    days,
    target,
    remaining,
    monthsLeft: 11 - (Number(today.slice(5, 7)) - 1),
    expectedByNow: roundToHalf(expectedByNow),
    pace,
  };
}

const roundToHalf = (value: number): number => Math.round(value * 2) / 2;
