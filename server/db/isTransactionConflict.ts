/**
 * serialization_failure, deadlock_detected, and unique_violation: under SERIALIZABLE a twin transaction on another
 * instance may surface as a unique violation instead of a serialization failure. Re-running the transaction sees the
 * twin's committed rows and takes the path for them (a replayed receipt, an existing reviewer).
 */
const CONFLICT_CODES = new Set(['40001', '40P01', '23505']);

export function isTransactionConflict(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && CONFLICT_CODES.has(code);
}
