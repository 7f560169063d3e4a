import { addDaysIso } from '../../domain/dates';
import { adminOf, type SeedContext } from './large-org';
import { leftOn, type Recruit } from './large-people';
import { at, LARGE_DOMAIN } from './large-random';

const outsiders = ['Claire Vasseur, psychologue', 'Olivier Marchand, psychosociologue'] as const;

/**
 * Two practice-analysis groups per territory for its recruits of the last twelve months
 * (group.create, the HR admin's), one led from outside, one by a colleague; a session a month
 * over the year and two to come (session.schedule, three weeks ahead), and who came to those
 * held (group.setAttendance, by the colleague who leads it, or HR): four in five, of those in
 * post that day.
 */
export async function groups(ctx: SeedContext, recruits: readonly Recruit[]) {
  const { random, state, today } = ctx;
  const since = addDaysIso(today, -365);
  const territories = state.all('territory').sort((a, b) => a.name.localeCompare(b.name));
  for (const territory of territories) {
    const inside = recruits.filter(
      (r) =>
        r.place.territoryId === territory.id &&
        r.startDate >= since &&
        r.startDate <= today &&
        (leftOn(r) ?? today) >= today,
    );
    const leaders = state
      .all('agent')
      .filter((a) => a.roles.includes('mentor') && a.email.endsWith(`@${LARGE_DOMAIN}`))
      .filter((a) =>
        state
          .all('circonscription')
          .some((c) => c.id === a.circonscriptionId && c.territoryId === territory.id),
      )
      .sort((a, b) => a.email.localeCompare(b.email));
    for (const [g, outsider] of outsiders.entries()) {
      const members = inside.filter((_, i) => i % 2 === g).slice(0, 200);
      if (members.length === 0) continue;
      const leader = g === 1 && leaders.length > 0 ? random.pick(leaders) : null;
      const groupId = random.uuid();
      const args = {
        id: groupId,
        name: `Analyse des pratiques — premières années (${g === 0 ? 'A' : 'B'})`,
        facilitatorId: leader?.id ?? null,
        ...(leader ? {} : { facilitator: outsider }),
        territoryId: territory.id,
        circonscriptionIds: [],
        service: null,
        memberIds: members.map((m) => m.id),
      };
      await state.run('group.create', args, adminOf(ctx, since), at(since, 9));
      for (let date = addDaysIso(since, 20 + g * 7); date <= addDaysIso(today, 45);) {
        const sessionId = random.uuid();
        const session = {
          id: sessionId,
          groupId,
          date,
          startTime: g === 0 ? '14:00' : '09:30',
          durationMinutes: 120,
          place: `Maison des solidarités — ${territory.name}`,
        };
        const planned = [addDaysIso(date, -21), today].sort()[0]!;
        await state.run('session.schedule', session, adminOf(ctx, planned), at(planned, 9));
        if (date <= today) {
          const by = leader ? state.actor(leader.id, date) : adminOf(ctx, date);
          for (const member of members) {
            if (member.startDate > date || (leftOn(member) ?? date) < date) continue;
            const mark = { sessionId, agentId: member.id, present: random.chance(0.8) };
            await state.run('group.setAttendance', mark, by, at(date, 18));
          }
        }
        date = addDaysIso(date, random.int(26, 35));
      }
    }
  }
}
