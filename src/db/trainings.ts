import type { Training } from '../domain/entities';
import type { UserDb } from './user-db';

/**
 * A calendar year's trainings, by their date index: every figure counts one year's (the
 * 5-day target is yearly: domain/training.ts, trainingAccount), and a device that holds a
 * département's three years of them reads a third.
 */
export const trainingsOfYear = (db: UserDb, year: number): Promise<Training[]> =>
  db.training.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray();
