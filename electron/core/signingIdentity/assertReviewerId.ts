import { AppError } from '../../../shared/ipc';

const REVIEWER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Certificates carry the reviewer ID, never a name: an ID is letters, digits, dots, dashes and underscores only. */
export function assertReviewerId(reviewerId: string): void {
  if (!REVIEWER_ID.test(reviewerId)) {
    throw new AppError(
      'INVALID_INPUT',
      `"${reviewerId}" is not a reviewer ID. Use the ID your IMR organisation assigned (letters, digits, dots, dashes), never your name.`,
    );
  }
}
