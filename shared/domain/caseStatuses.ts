/**
 * Every status a case passes through. Plain data, not a schema: the command line's quick `list` reads cases without
 * loading zod (start-up, bench/cli.bench.ts), and the schema is built from this list.
 */
export const CASE_STATUSES = ['assigned', 'in_progress', 'ready_to_sign', 'signed', 'uploaded', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses after which a case needs no more work: signed (and uploaded) or withdrawn. */
export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['signed', 'uploaded', 'withdrawn'];

export const isClosedStatus = (status: CaseStatus): boolean => CLOSED_CASE_STATUSES.includes(status);

/** The longest inbox search the back end takes (the contract's `cases.list` input). */
export const CASE_QUERY_MAX_LENGTH = 200;
