import { warmWhenIdle } from '../layout/warm-up';

/** The report screens, each its own chunk: the routes' and the warm-up's one list. The
 *  chart (uPlot) is warmed too, so a report opened offline after sign-in draws it. */
export const reportScreens = {
  index: () => import('./ReportsScreen'),
  trainingDays: () => import('./TrainingDaysScreen'),
  bonuses: () => import('./BonusesScreen'),
  progress: () => import('./ProgressScreen'),
};

const chart = () => import('./Chart');

/** Loaded once the page is idle, for those whose navigation offers the reports. */
export function warmReportScreens(places: readonly string[]): () => void {
  return places.includes('/rapports')
    ? warmWhenIdle([...Object.values(reportScreens), chart])
    : () => undefined;
}
