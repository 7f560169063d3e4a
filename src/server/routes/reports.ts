import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toCsv, type CsvCell } from '../../domain/csv';
import {
  bonusesCsvRows,
  bonusesFileName,
  bonusLedger,
  daysInMonth,
  progressCsvRows,
  progressFileName,
  progressReport,
  trainingDaysCsvRows,
  trainingDaysFileName,
  trainingDaysReport,
  type BonusPeriod,
} from '../../domain/reports';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import type { Queryable } from '../store/database';
import { bonusRows, callerOf, progressRows, trainingDaysRows, type Caller } from '../reports/read';

const Year = z
  .string({ error: 'Give the year as YYYY.' })
  .regex(/^\d{4}$/, 'Give the year as YYYY.');
const Month = z
  .string({ error: 'Give the month as YYYY-MM.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM.');

/** Unknown parameters are refused by name: a filter the server ignored would answer for
 *  more than the caller asked and look like an answer to her question. */
const TrainingDaysQuery = z.strictObject({ year: Year });
const BonusesQuery = z.strictObject({ month: Month.optional(), year: Year.optional() });
const ProgressQuery = z.strictObject({});

/** The years a report answers for: from 2000, the first records a département would load,
 *  to next year, which a plan may already be written for. */
const FIRST_YEAR = 2000;

function checkYear(year: number, today: string, field: string): void {
  const last = Number(today.slice(0, 4)) + 1;
  if (year < FIRST_YEAR || year > last) {
    const message = `${field}: give a year from ${FIRST_YEAR} to ${last}.`;
    throw new HttpError(400, 'invalid', message, field);
  }
}

function periodOf(query: z.output<typeof BonusesQuery>, today: string): BonusPeriod {
  if (query.month !== undefined && query.year !== undefined) {
    throw new HttpError(400, 'invalid', 'year: give month=YYYY-MM or year=YYYY, not both.', 'year');
  }
  if (query.month !== undefined) {
    checkYear(Number(query.month.slice(0, 4)), today, 'month');
    return { month: query.month };
  }
  if (query.year !== undefined) {
    checkYear(Number(query.year), today, 'year');
    return { year: Number(query.year) };
  }
  throw new HttpError(400, 'invalid', 'month: give month=YYYY-MM or year=YYYY.', 'month');
}

function sendCsv(reply: FastifyReply, fileName: string, lines: CsvCell[][]) {
  return reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(toCsv(lines));
}

/**
 * The reports as CSV for other systems (DESIGN §7b): payroll, the plan's follow-up. Each
 * runs the domain's report, the one the device runs on its synced rows, over the rows the
 * caller's scope reaches, read in one snapshot. Who may: HR all, a territory manager her
 * territory, a manager her circonscriptions; anyone else 403 (checked before the query, so
 * a recruit learns nothing from it).
 */
export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  /** Runs `answer` for the signed-in caller, in one read transaction. */
  const asCaller = async <T>(
    request: FastifyRequest,
    answer: (tx: Queryable, caller: Caller, today: string, now: Date) => Promise<T>,
  ): Promise<T> => {
    const agent = await authenticate(ctx, request);
    const now = ctx.now();
    const today = now.toISOString().slice(0, 10);
    return ctx.db.transaction(
      async (tx) => answer(tx, await callerOf(tx, agent.id, today), today, now),
      { isolation: 'readOnlySnapshot' },
    );
  };

  app.get('/api/reports/training-days.csv', async (request, reply) => {
    const { fileName, lines } = await asCaller(request, async (tx, caller, today) => {
      const year = Number(parse(TrainingDaysQuery, request.query).year);
      checkYear(year, today, 'year');
      const rows = await trainingDaysRows(tx, caller, year);
      const report = trainingDaysReport(rows, year, caller.scope, today);
      return { fileName: trainingDaysFileName(year), lines: trainingDaysCsvRows(report) };
    });
    return sendCsv(reply, fileName, lines);
  });

  app.get('/api/reports/bonuses.csv', async (request, reply) => {
    const { fileName, lines } = await asCaller(request, async (tx, caller, today) => {
      const period = periodOf(parse(BonusesQuery, request.query), today);
      const [first, last] =
        'month' in period
          ? [`${period.month}-01`, `${period.month}-${daysInMonth(period.month)}`]
          : [`${period.year}-01-01`, `${period.year}-12-31`];
      const rows = await bonusRows(tx, caller, first, last);
      const ledger = bonusLedger(rows, period, caller.scope);
      return { fileName: bonusesFileName(period), lines: bonusesCsvRows(ledger) };
    });
    return sendCsv(reply, fileName, lines);
  });

  app.get('/api/reports/progress.csv', async (request, reply) => {
    const { fileName, lines } = await asCaller(request, async (tx, caller, today, now) => {
      parse(ProgressQuery, request.query);
      const rows = await progressRows(tx, caller, today);
      const report = progressReport(rows, caller.scope, today, now.toISOString());
      return { fileName: progressFileName(today), lines: progressCsvRows(report) };
    });
    return sendCsv(reply, fileName, lines);
  });
}
