// The reports (issue 15): pure functions over plain rows, run by the device on its synced
// data (offline too) and by the server for its CSV endpoints, so both give the same numbers.
export * from './scope';
export {
  trainingDaysReport,
  toCsvRows as trainingDaysCsvRows,
  csvFileName as trainingDaysFileName,
  type TrainingDaysLine,
  type TrainingStanding,
} from './training-days';
export * from './training-groups';
export {
  bonusLedger,
  monthlyBonus,
  toCsvRows as bonusesCsvRows,
  csvFileName as bonusesFileName,
  type BonusLine,
  type BonusPeriod,
} from './bonuses';
export { monthsOf, daysInMonth } from './periods';
export {
  progressReport,
  toCsvRows as progressCsvRows,
  csvFileName as progressFileName,
  type ProgressLine,
  type ProgressReport,
} from './progress';
export * from './arrivals';
export { recruitRowsOf } from './recruit-rows';
