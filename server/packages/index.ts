/**
 * Receiving signed determination uploads: decode, verify, store exactly once, receipt.
 */
export * from './receiveDetermination';
