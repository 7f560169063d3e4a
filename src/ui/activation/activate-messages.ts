import { isActivationCode, normaliseCode } from '../../domain/activation';
import { passwordProblem, type PasswordProblem } from '../../domain/password-rules';

/** What is wrong with the code field: the first two found here, the last by the server. */
export type CodeProblem = 'codeRequired' | 'codeMalformed' | 'activationInvalid';
export type PasswordFieldProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon';

export interface ActivateProblems {
  code?: CodeProblem;
  password?: PasswordFieldProblem;
}

const passwordProblems: Record<PasswordProblem, PasswordFieldProblem> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  tooCommon: 'passwordTooCommon',
};

/** The checks the server makes that need no server (the same domain functions), so a typo
 *  or a short password is pointed at before a round trip, offline too. */
export function checkActivation(code: string, password: string): ActivateProblems {
  const problems: ActivateProblems = {};
  const bare = normaliseCode(code);
  if (bare === '') problems.code = 'codeRequired';
  else if (!isActivationCode(bare)) problems.code = 'codeMalformed';
  const problem = passwordProblem(password);
  if (problem) problems.password = passwordProblems[problem];
  return problems;
}

/** Where a problem's sentence lives: the code's shape in this screen's strings; what the
 *  server answers beside the login's errors (common.json), where the auth API's codes are. */
export const isLocalCodeProblem = (
  problem: CodeProblem,
): problem is 'codeRequired' | 'codeMalformed' =>
  problem === 'codeRequired' || problem === 'codeMalformed';
