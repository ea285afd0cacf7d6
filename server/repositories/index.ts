/**
 * One repository per server table group.
 */
export * from './caseRepository';
export * from './certificateRepository';
export * from './changeRepository';
export * from './idempotencyRepository';
export * from './metaRepository';
export * from './packageRepository';
export * from './recordRepository';
export * from './reviewerRepository';
export * from './tokenRepository';
