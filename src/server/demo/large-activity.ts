import { addDaysIso, daysBetween } from '../../domain/dates';
import type { Tutoring } from '../../domain/entities';
import { timeInPost, yearlyTarget } from '../../domain/training';
import { adminOf, type Place, type SeedContext } from './large-org';
import type { Recruit } from './large-people';
import type { SeededPath } from './large-paths';
import { at } from './large-random';

const courses: readonly (readonly [string, string])[] = [
  ['Accueil des nouveaux professionnels du travail social', 'CNFPT'],
  ['Évaluation des informations préoccupantes', 'CNFPT'],
  ['Droits des étrangers : les bases', 'CNFPT'],
  ['Budget et surendettement', 'CNFPT'],
  ['Violences conjugales : repérer et orienter', 'Centre Hubertine Auclert'],
  ['Prise en main du logiciel de suivi social', 'Département — DSI'],
  ['Secret professionnel et partage d’informations', 'Département — DRH'],
  ['Écrits professionnels', 'IRTS Paris Île-de-France'],
  ['Santé mentale : premiers secours', 'PSSM France'],
  ['Protection de l’enfance : le cadre légal', 'CNFPT'],
];
const lengths = [0.5, 0.5, 1, 1, 1, 1.5, 2, 2, 3] as const;

/**
 * Three calendar years of training for every agent of a circonscription the seed made: per
 * year in post, the days she aimed at (about half reach the prorated 5 days, some fall a
 * little short, a quarter far short), recorded by herself (training.record) on dates of her
 * time in post up to today.
 */
export async function trainings(ctx: SeedContext, agentIds: ReadonlySet<string>) {
  const { random, state, today } = ctx;
  const year = Number(today.slice(0, 4));
  for (const agent of state.all('agent')) {
    if (!agentIds.has(agent.id) || !agent.circonscriptionId) continue;
    const keenness = random.weighted([
      [random.next() * 0.3 + 1, 45],
      [random.next() * 0.4 + 0.5, 30],
      [random.next() * 0.4, 25],
    ] as const);
    for (let y = year - 2; y <= year; y++) {
      const post = timeInPost(y, agent.startDate, agent.endDate);
      const to = post.to < today ? post.to : today;
      if (post.span <= 0 || to < post.from) continue;
      const wanted = (yearlyTarget * keenness * post.span) / post.yearLength;
      const span = daysBetween(post.from, to);
      for (let days = 0; days < wanted;) {
        const length = random.pick(lengths);
        const date = addDaysIso(post.from, random.int(0, span));
        const [title, provider] = random.pick(courses);
        const args = { id: random.uuid(), agentId: agent.id, date, title, provider, days: length };
        const own = state.actor(agent.id, date);
        await state.run(
          'training.record',
          args,
          own,
          at([addDaysIso(date, 2), today].sort()[0]!, 18),
        );
        days += length;
      }
    }
  }
}

/** Tutoring records, which no command writes (the HR admin's import, as in the demo):
 *  apprentices, interns and volunteers, by their mentor, from their first day to their
 *  last. Rows for upsertMany. */
export function tutorings(ctx: SeedContext, paths: readonly SeededPath[]): Tutoring[] {
  return paths.flatMap(({ recruit, mentorId }) => {
    const { status } = recruit;
    if (!mentorId || (status !== 'apprentice' && status !== 'intern' && status !== 'civicService'))
      return [];
    const until = recruit.leaves ?? recruit.endDate;
    return [
      {
        id: ctx.random.uuid(),
        tutorId: mentorId,
        tuteeId: recruit.id,
        tuteeStatus: status,
        from: recruit.startDate,
        until,
        version: 0,
      },
    ];
  });
}

/** Resignations, recorded by HR (agent.update) a fortnight before the last day. */
export async function resignations(ctx: SeedContext, recruits: readonly Recruit[]) {
  for (const recruit of recruits) {
    if (!recruit.leaves) continue;
    const on = addDaysIso(recruit.leaves, -14);
    const args = { agentId: recruit.id, endDate: recruit.leaves };
    await ctx.state.run('agent.update', args, adminOf(ctx, on), at(on, 11));
  }
}

/**
 * Intérims (interim.record, the HR admin's): a manager covers a neighbouring circonscription
 * of her territory for three to twelve weeks, over month ends; one each quarter over the last
 * two years, one under way today and one to come.
 */
export async function interims(ctx: SeedContext, places: readonly Place[]) {
  const { random, today } = ctx;
  const starts = [
    ...Array.from({ length: 8 }, (_, q) => addDaysIso(today, -730 + q * 91 + random.int(0, 40))),
    addDaysIso(today, -random.int(10, 30)),
    addDaysIso(today, random.int(10, 20)),
  ];
  for (const from of starts) {
    const covered = random.pick(places);
    const neighbours = places.filter(
      (p) => p.territoryId === covered.territoryId && p.managerId !== covered.managerId,
    );
    if (neighbours.length === 0) continue;
    const by = random.pick(neighbours);
    const until = addDaysIso(from, random.int(21, 84));
    const held = ctx.state.all('interim').filter((i) => i.managerId === by.managerId);
    if (held.some((i) => i.from <= until && from <= i.until)) continue;
    const args = {
      id: random.uuid(),
      managerId: by.managerId,
      circonscriptionId: covered.id,
      from,
      until,
    };
    const on = [addDaysIso(from, -3), today].sort()[0]!;
    await ctx.state.run('interim.record', args, adminOf(ctx, on), at(on, 9));
  }
}
