import { addOffset, addDaysIso } from '../../domain/dates';
import type { EmploymentStatus, Service } from '../../domain/organisation';
import { createAgent, type Place, type SeedContext } from './large-org';

/** A recruit the seed made, with what her history needs. */
export interface Recruit {
  id: string;
  place: Place;
  job: string;
  status: EmploymentStatus;
  startDate: string;
  /** Her contract's last day, known on arrival (a volunteer's ten months, an apprenticeship). */
  endDate: string | null;
  /** The day she resigned, recorded by HR afterwards (agent.update), if she did. */
  leaves: string | null;
  /** 0: always on time; 1: often late. */
  lateness: number;
}

const ASS_F = 'Assistante de service social';
const ASS_M = 'Assistant de service social';
const CESF = 'Conseillère en économie sociale et familiale';
const EDUC_F = 'Éducatrice spécialisée';
const EDUC_M = 'Éducateur spécialisé';
const PSY = 'Psychologue';
const SMS = 'Secrétaire médico-sociale';

/** The jobs of each service, the commonest first (drawn with these weights). */
const jobs: Record<Service, readonly (readonly [string, number])[]> = {
  SSD: [
    [ASS_F, 5],
    [ASS_M, 2],
    [CESF, 2],
    [SMS, 1],
  ],
  ASE: [
    [EDUC_F, 4],
    [EDUC_M, 2],
    [ASS_F, 2],
    [PSY, 1],
  ],
  PMI: [
    [SMS, 3],
    [PSY, 2],
    [ASS_F, 2],
    [CESF, 1],
  ],
};

/** Recruits' statuses, as the plan's hiring mixes them. */
const statuses: readonly (readonly [EmploymentStatus, number])[] = [
  ['contract', 40],
  ['civilServant', 24],
  ['apprentice', 10],
  ['vae', 12],
  ['civicService', 8],
  ['intern', 6],
];

const lastDayAfter = (start: string, months: number) =>
  addDaysIso(addOffset(start, { unit: 'month', amount: months }), -1);

/** Colleagues in post: every one may mentor (the role a path's mentor must hold). The
 *  circonscriptions in turn, so each has its share. */
export async function createStaff(ctx: SeedContext, places: readonly Place[], count: number) {
  const { random } = ctx;
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    await createAgent(ctx, {
      roles: ['mentor'],
      job: random.weighted(jobs[place.service]),
      status: random.chance(0.75) ? 'civilServant' : 'contract',
      circonscriptionId: place.id,
      startDate: addDaysIso(ctx.today, -random.int(200, 9000)),
    });
  }
}

/**
 * `count` recruits over the last three years (a start a day), in every circonscription, and
 * `newcomers` who arrive within the month, with no path yet. Fixed terms end as their status
 * says; about one in ten of those in post four months resigns some months in.
 */
export async function createRecruits(
  ctx: SeedContext,
  places: readonly Place[],
  count: number,
  newcomers: number,
): Promise<Recruit[]> {
  const { random, today } = ctx;
  const made: Recruit[] = [];
  for (let i = 0; i < count + newcomers; i++) {
    const place = random.pick(places);
    const status = random.weighted(statuses);
    const startDate =
      i < count ? addDaysIso(today, -random.int(0, 1094)) : addDaysIso(today, random.int(3, 30));
    const job =
      status === 'civicService'
        ? 'Volontaire en service civique'
        : status === 'apprentice'
          ? 'Apprentie assistante de service social'
          : random.weighted(jobs[place.service]);
    const endDate =
      status === 'civicService'
        ? lastDayAfter(startDate, 10)
        : status === 'apprentice'
          ? lastDayAfter(startDate, 24)
          : status === 'intern'
            ? lastDayAfter(startDate, random.int(3, 6))
            : status === 'contract' && random.chance(0.2)
              ? lastDayAfter(startDate, random.int(12, 36))
              : null;
    const settled = addDaysIso(startDate, 120) <= today;
    const resigns = i < count && settled && random.chance(0.1);
    const leaves = resigns ? addDaysIso(startDate, random.int(60, 540)) : null;
    const id = await createAgent(ctx, {
      roles: ['recruit'],
      job,
      status,
      circonscriptionId: place.id,
      startDate,
      endDate,
    });
    made.push({
      id,
      place,
      job,
      status,
      startDate,
      endDate,
      leaves:
        leaves !== null && leaves < today && (endDate === null || leaves < endDate) ? leaves : null,
      lateness: random.next() ** 2,
    });
  }
  return made;
}

/** The day her time in post ends, if it has: her contract's end or her resignation. */
export const leftOn = (recruit: Recruit): string | null => recruit.leaves ?? recruit.endDate;
