import type { IsoDate } from './dates';
import type { Step, StepStatus } from './entities';

// Kept apart from path.ts, with no import but types: the device's database code (the step
// digests it keeps, src/db/steps.ts) loads on the login route, which must not bring the
// schemas and the date library with it (npm run bench: login route JS ≤ 170 KiB).

const finished: ReadonlySet<StepStatus> = new Set(['done', 'approved', 'acknowledged', 'returned']);

/** Done means nothing is left to do on it: approved, acknowledged, returned or plainly done. */
export const isDone = (step: Pick<Step, 'status'>): boolean => finished.has(step.status);

/** A due date already behind us: what makes an unfinished step overdue. ISO dates
 *  (YYYY-MM-DD) sort as the days they name, so comparing the text compares the days. */
export const isPastDue = (dueDate: IsoDate, today: IsoDate): boolean => dueDate < today;
