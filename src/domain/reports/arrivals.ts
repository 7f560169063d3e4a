import { addMonths, format, parseISO, subMonths } from 'date-fns';
import type { IsoDate } from '../dates';
import { isSupervisedRecruit } from '../figures/recruit-row';
import type { Agent } from '../organisation';
import { covers, pathsByRecruit, placeOf, type ReportRows, type ReportScope } from './scope';

/** The plan (DESIGN §1): 450 recruits in three years, 12.5 a month. Its first day is the
 *  département's to set; this default is the one the device and the server share. */
export interface RecruitmentPlan {
  start: IsoDate;
  recruits: number;
  months: number;
}

export const recruitmentPlan: RecruitmentPlan = { start: '2026-01-01', recruits: 450, months: 36 };

/** A recruit as the plan counts her: where, when she came, when she leaves. */
export interface Arrival {
  agentId: string;
  place: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** The plan's arrivals in scope: the dashboards' recruits (a recruit role or a path) who
 *  came from the plan's first day to today. Those announced for later have not arrived. */
export function arrivalsOf(
  rows: Pick<ReportRows, 'agents' | 'paths'>,
  scope: ReportScope,
  today: IsoDate,
  plan: RecruitmentPlan,
): Arrival[] {
  const pathOf = pathsByRecruit(rows.paths);
  return rows.agents
    .filter((agent: Agent) => isSupervisedRecruit(agent, pathOf.has(agent.id)))
    .map((agent) => ({
      agentId: agent.id,
      place: placeOf(agent, pathOf.get(agent.id)),
      startDate: agent.startDate,
      endDate: agent.endDate ?? null,
    }))
    .filter((a) => covers(scope, a.place) && plan.start <= a.startDate && a.startDate <= today);
}

export interface Retention {
  /** Arrived since the plan's start. */
  arrivals: number;
  /** Arrived at least 6 months before today, and of them still in post today. */
  cohort6: number;
  stayed6: number;
  cohort12: number;
  stayed12: number;
}

/**
 * Retention at 6 and 12 months: of the plan's recruits who arrived at least 6 (12) months
 * before today, those still in post today, that is with no end date before today. An end
 * date to come (a contract's last day) still counts as in post: she has not left yet.
 */
export function retentionOf(arrivals: readonly Arrival[], today: IsoDate): Retention {
  const before = (months: number) => format(subMonths(parseISO(today), months), 'yyyy-MM-dd');
  const stayed = (a: Arrival) => a.endDate === null || a.endDate >= today;
  // The day computed once, not once per arrival: date-fns parses and formats slowly.
  const cohort = (months: number) => {
    const day = before(months);
    return arrivals.filter((a) => a.startDate <= day);
  };
  const six = cohort(6);
  const twelve = cohort(12);
  return {
    arrivals: arrivals.length,
    cohort6: six.length,
    stayed6: six.filter(stayed).length,
    cohort12: twelve.length,
    stayed12: twelve.filter(stayed).length,
  };
}

export interface ArrivalMonth {
  /** YYYY-MM */
  month: string;
  arrivals: number;
  cumulative: number;
  /** The plan's cumulative arrivals by the month's end (12.5 a month); null when the scope is
   *  not the whole département, which alone the plan's figure is about. */
  planned: number | null;
  /** cumulative − planned: negative when behind the plan. */
  gap: number | null;
}

/** Arrivals per month from the plan's first month to today's (within its months). */
export function arrivalsPerMonth(
  arrivals: readonly Arrival[],
  scope: ReportScope,
  today: IsoDate,
  plan: RecruitmentPlan,
): ArrivalMonth[] {
  const first = plan.start.slice(0, 7);
  const months: string[] = [];
  for (let i = 0; i < plan.months; i++) {
    const month = format(addMonths(parseISO(`${first}-01`), i), 'yyyy-MM');
    if (month > today.slice(0, 7)) break;
    months.push(month);
  }
  let cumulative = 0;
  return months.map((month, i) => {
    const count = arrivals.filter((a) => a.startDate.slice(0, 7) === month).length;
    cumulative += count;
    const planned = scope.all
      ? Math.round((plan.recruits * (i + 1) * 10) / plan.months) / 10
      : null;
    return {
      month,
      arrivals: count,
      cumulative,
      planned,
      gap: planned === null ? null : Math.round((cumulative - planned) * 10) / 10,
    };
  });
}
