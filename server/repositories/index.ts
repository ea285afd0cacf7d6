/**
 * One repository per server table group. Every function takes a Queryable: the database or a transaction of it.
 */
export * from './auditHeadRepository';
export * from './authFailureRepository';
export * from './caseRepository';
export * from './certificateRepository';
export * from './changeRepository';
export * from './enrolmentCodeRepository';
export * from './idempotencyRepository';
export * from './metaRepository';
export * from './packageRepository';
export * from './recordRepository';
export * from './reviewerRepository';
export * from './tokenRepository';
