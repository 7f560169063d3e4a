import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../domain/import/protocol';
import { isProblemCode, isRefusalCode } from './strings';

/** A problem of a line in the person's language: the column as her file names it, then why.
 *  A code this version does not know (a newer server) still says the line is refused. */
export function problemText(t: TFunction<'import'>, problem: ImportProblem): string {
  const code = isProblemCode(problem.code) ? problem.code : 'other';
  const message = t(`problems.${code}`, { otherLine: problem.otherLine, max: problem.max });
  return problem.column ? t('problem', { column: problem.column, message }) : message;
}

/** Why the file was refused as a whole, naming the header's missing or repeated columns. */
export function refusalText(
  t: TFunction<'import'>,
  code: string,
  problems: readonly ImportProblem[],
): string {
  const columns = problems.flatMap((problem) => (problem.column ? [problem.column] : []));
  return t(`refused.${isRefusalCode(code) ? code : 'other'}`, { columns: columns.join(', ') });
}
