/**
 * The logger interface (lines carry ids, codes and counts, never record or rationale text).
 */
export * from './logger';
