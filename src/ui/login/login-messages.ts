import type { TFunction } from 'i18next';
import type { LoginFailure } from '../session/auth-api';

export type FieldProblem = 'emailRequired' | 'emailInvalid' | 'passwordRequired';

export interface FieldProblems {
  email?: FieldProblem;
  password?: FieldProblem;
}

// Deliberately loose: the server validates; this only catches typos before a round trip.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkFields(email: string, password: string): FieldProblems {
  const problems: FieldProblems = {};
  if (email === '') problems.email = 'emailRequired';
  else if (!emailShape.test(email)) problems.email = 'emailInvalid';
  if (password === '') problems.password = 'passwordRequired';
  return problems;
}

/** The sentence the alert region reads out for a refused login. */
export function failureMessage(t: TFunction, failure: LoginFailure): string {
  switch (failure.reason) {
    case 'invalidCredentials':
      return t('login.errors.invalidCredentials');
    case 'tooManyAttempts':
      return t('login.errors.tooManyAttempts', {
        minutes: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)),
      });
    case 'network':
      return t('login.errors.network');
    case 'invalid':
    case 'unexpected':
      return t('login.errors.unexpected');
  }
}
