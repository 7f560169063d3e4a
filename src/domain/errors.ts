/** Why a command was refused. The codes travel in push results and are translated on screen. */
export type DomainErrorCode =
  | 'invalid'
  | 'forbidden'
  | 'not_found'
  | 'already_decided'
  | 'not_submitted'
  | 'wrong_kind'
  | 'bad_transition'
  | 'comment_required'
  | 'has_path'
  | 'already_ended'
  | 'overlap'
  | 'duplicate'
  | 'closed'
  | 'not_empty'
  | 'too_early';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
