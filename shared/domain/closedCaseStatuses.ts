import type { CaseStatus } from './caseModel';

/** Statuses after which a case needs no more work: signed (and uploaded) or withdrawn. */
export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['signed', 'uploaded', 'withdrawn'];

export const isClosedStatus = (status: CaseStatus): boolean => CLOSED_CASE_STATUSES.includes(status);
