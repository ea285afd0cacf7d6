import { createHash } from 'node:crypto';

/** Codes are compared by hash, ignoring dashes, spaces and case. */
export function hashEnrolmentCode(code: string): string {
  const normal = code.replace(/[\s-]/g, '').toUpperCase();
  return createHash('sha256').update(`imr-enrolment:${normal}`, 'utf8').digest('hex');
}
