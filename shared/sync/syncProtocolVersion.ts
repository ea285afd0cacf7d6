/** Every sync request and response carries this version in SYNC_PROTOCOL_HEADER; a mismatch is refused. */
export const SYNC_PROTOCOL_VERSION = 1;
export const SYNC_PROTOCOL_HEADER = 'x-imr-sync-protocol';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set to 'true' on an upload reply that repeats an earlier receipt instead of storing anything. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
