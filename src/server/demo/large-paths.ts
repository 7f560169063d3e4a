import { addDaysIso } from '../../domain/dates';
import type { Step } from '../../domain/entities';
import { isMilestone } from '../../domain/path';
import { demoTemplates, templateFor } from '../../domain/templates';
import type { SeedContext } from './large-org';
import { leftOn, type Recruit } from './large-people';
import { at, LARGE_DOMAIN } from './large-random';

/** A recruit's path as the seed made it. */
export interface SeededPath {
  recruit: Recruit;
  pathId: string;
  mentorId: string | null;
  steps: Step[];
}

const notes = [
  'Présentation de l’équipe, des partenaires du quartier et des outils.',
  'Retour sur les premières permanences d’accueil ; rédiger les évaluations avec la trame.',
  'Visite à domicile faite en binôme ; points de vigilance sur le secret partagé.',
  'Point sur les formations à venir et le prochain bilan.',
  'Situation complexe discutée ; orientation vers le groupe d’analyse des pratiques.',
  'Bonne autonomie sur les entretiens ; travailler la priorisation des dossiers.',
] as const;

/** Her mentors-to-be: the colleagues of her circonscription who may mentor, by address; the
 *  seed's own, so that the demo's mentors keep the demo's mentees. */
function mentorsOf(ctx: SeedContext): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  const mentors = ctx.state
    .all('agent')
    .filter((a) => a.roles.includes('mentor') && a.circonscriptionId && !a.endDate)
    .filter((a) => a.email.endsWith(`@${LARGE_DOMAIN}`))
    .sort((a, b) => a.email.localeCompare(b.email));
  for (const mentor of mentors) {
    const pool = pools.get(mentor.circonscriptionId!) ?? [];
    pool.push(mentor.id);
    pools.set(mentor.circonscriptionId!, pool);
  }
  return pools;
}

/** Her manager starts each path (path.create) a week before she arrives, from the template
 *  of her job and status, with a mentor of her circonscription; a few recent ones, and one
 *  in thirty, still wait for a mentor. */
export async function createPaths(
  ctx: SeedContext,
  recruits: readonly Recruit[],
): Promise<SeededPath[]> {
  const { random, state, today } = ctx;
  const pools = mentorsOf(ctx);
  const made: SeededPath[] = [];
  for (const recruit of recruits) {
    const template =
      templateFor(recruit.job, recruit.status) ??
      templateFor(recruit.job, 'contract') ??
      demoTemplates[0]!;
    const recent = addDaysIso(recruit.startDate, 60) > today;
    const unassigned = random.chance(recent ? 0.25 : 0.03);
    const mentorId = unassigned ? null : random.pick(pools.get(recruit.place.id) ?? []);
    const pathId = random.uuid();
    const on = [addDaysIso(recruit.startDate, -7), today].sort()[0]!;
    const args = {
      id: pathId,
      recruitId: recruit.id,
      templateId: template.id,
      startDate: recruit.startDate,
      ...(mentorId ? { mentorId } : {}),
    };
    const manager = state.actor(recruit.place.managerId, on);
    const changes = await state.run('path.create', args, manager, at(on, 10));
    const steps = changes.flatMap((c) => (c.entity === 'step' && c.op === 'put' ? [c.row] : []));
    made.push({ recruit, pathId, mentorId, steps });
  }
  return made;
}

/**
 * What her path went through up to today (or the day she left): each step due is done
 * around its due date by her or her mentor, later the later she tends to be, a few never;
 * equipment is ordered and delivered by her manager, then acknowledged; milestones are
 * submitted, then decided by her manager days later (one in twelve refused once, then
 * approved), and those submitted lately still wait; her mentor logs their meetings.
 */
export async function livePath(ctx: SeedContext, path: SeededPath): Promise<void> {
  const { random, state, today } = ctx;
  const { recruit } = path;
  const gone = leftOn(recruit);
  const horizon = gone !== null && gone < today ? gone : today;
  const own = state.actor(recruit.id, today);
  const managerId = recruit.place.managerId;
  const manager = (date: string) => state.actor(managerId, date);
  const run = (name: string, args: unknown, actor: ReturnType<typeof manager>, date: string) =>
    state.run(name, args, actor, at(date, random.int(8, 17), random.int(0, 59)));
  const created = [addDaysIso(recruit.startDate, -7), today].sort()[0]!;
  for (const step of path.steps) {
    if (step.dueDate > horizon) continue;
    const late = random.chance(recruit.lateness * 0.5) ? random.int(5, 40) : 0;
    const done = addDaysIso(step.dueDate, random.int(-5, 3) + late);
    const forgotten = random.chance(0.02);
    const stepId = step.id;
    if (step.kind === 'equipment') {
      const ordered = [addDaysIso(step.dueDate, -10), created].sort()[1]!;
      await run('equipment.setStatus', { stepId, status: 'ordered' }, manager(ordered), ordered);
      const delivered = addDaysIso(step.dueDate, -1);
      if (delivered > horizon || delivered < ordered) continue;
      const tag = `MAT-93-${stepId.slice(0, 4)}${step.position}`;
      const args = { stepId, status: 'delivered', assetTag: tag };
      await run('equipment.setStatus', args, manager(delivered), delivered);
      const received = done > delivered ? done : delivered;
      if (received > horizon || forgotten) continue;
      await run('equipment.acknowledge', { stepId }, own, received);
    } else if (isMilestone(step)) {
      if (done > horizon || forgotten) continue;
      await milestone(ctx, path, stepId, done, run, manager);
    } else if (done <= horizon && !forgotten) {
      const by = path.mentorId && random.chance(0.3) ? state.actor(path.mentorId, done) : own;
      await run('step.setDone', { stepId, done: true }, by, done);
    }
  }
  await meetings(ctx, path, horizon);
}

type Run = (
  name: string,
  args: unknown,
  actor: ReturnType<SeedContext['state']['actor']>,
  date: string,
) => Promise<unknown>;

async function milestone(
  ctx: SeedContext,
  path: SeededPath,
  stepId: string,
  submitted: string,
  run: Run,
  manager: (date: string) => ReturnType<SeedContext['state']['actor']>,
) {
  const { random, state, today } = ctx;
  const own = state.actor(path.recruit.id, today);
  const note = 'Bilan préparé avec mon tuteur ou ma tutrice.';
  await run('milestone.submit', { stepId, note }, own, submitted);
  const wait = random.chance(0.15) ? random.int(13, 45) : random.int(1, 12);
  let decided = addDaysIso(submitted, wait);
  if (decided > today) return;
  if (random.chance(1 / 12)) {
    const comment = 'À compléter : détailler les situations suivies et les objectifs.';
    const refusal = { stepId, decision: 'rejected', comment };
    await run('milestone.decide', refusal, manager(decided), decided);
    const again = addDaysIso(decided, random.int(3, 10));
    if (again > today) return;
    await run('milestone.submit', { stepId, note: 'Bilan complété.' }, own, again);
    decided = addDaysIso(again, random.int(1, 7));
    if (decided > today) return;
  }
  const approval = { stepId, decision: 'approved', comment: 'Objectifs de l’étape atteints.' };
  await run('milestone.decide', approval, manager(decided), decided);
}

/** Her mentor's meetings: a week in, then every three to five weeks over her first year. */
async function meetings(ctx: SeedContext, path: SeededPath, horizon: string) {
  const { random, state } = ctx;
  if (!path.mentorId) return;
  const end = [addDaysIso(path.recruit.startDate, 365), horizon].sort()[0]!;
  for (let date = addDaysIso(path.recruit.startDate, 7); date <= end;) {
    const args = { id: random.uuid(), pathId: path.pathId, date, notes: random.pick(notes) };
    await state.run('meeting.log', args, state.actor(path.mentorId, date), at(date, 16));
    date = addDaysIso(date, random.int(21, 35));
  }
}
