import type { IsoDate } from '../../domain/dates';

/**
 * The large seed's only source of chance: a seeded generator (mulberry32), so that a seed
 * number always gives the same département. Ids come from it too (not randomUUID), in the
 * RFC 9562 version-4 layout the domain's Id schema checks.
 */
export class SeedRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** One of `choices` by weight: [[value, weight], ...]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [value, weight] of choices) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return choices.at(-1)![0];
  }

  uuid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    const variant = '89ab'[this.int(0, 3)]!;
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}

/** `date` at `hour`:`minute` UTC, as commands stamp their ctx.now. */
export const at = (date: IsoDate, hour: number, minute = 0): string =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

const firstNames = (
  'Amandine|Bastien|Camille|Djamila|Élodie|Fabrice|Gaëlle|Hugo|Imane|Jérôme|Karima|' +
  'Laurent|Mariam|Nicolas|Océane|Pauline|Quentin|Rania|Samir|Tiphaine|Ulysse|' +
  'Valérie|Wassila|Xavier|Yasmine|Zoé|Adama|Bérénice|Cédric|Dounia|Estelle|Florian|' +
  'Hawa|Inès|Jules|Kévin|Leïla|Mathilde|Nabil|Ophélie|Priya|Romain|Sonia|Thierry|' +
  'Vanessa'
).split('|');

const lastNames = (
  'Aubert|Benhamou|Carpentier|Diop|Étienne|Ferreira|Guérin|Hamidi|Idrissi|Joly|' +
  'Keita|Lemaire|Marchal|Nguyen|Ouali|Perrin|Rahmani|Sanchez|Tessier|Vidal|Wagner|' +
  'Yilmaz|Zerbib|Barbier|Camara|Dupuis|Fofana|Gomez|Hoarau|Lopes|Mercier|Nicolas|' +
  'Petit|Renard|Sylla|Traoré|Vasseur|Bouzid|Chevalier|Da Silva'
).split('|');

/** The seed's accounts' domain: a seeded database is told by it. */
export const LARGE_DOMAIN = 'departement.parcours.fr';

/** A name and a unique address for the n-th person the seed creates. */
export function personOf(random: SeedRandom, n: number): { displayName: string; email: string } {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '-');
  return {
    displayName: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}.${n}@${LARGE_DOMAIN}`,
  };
}
