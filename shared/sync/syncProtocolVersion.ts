/** Every sync request and response carries this version in SYNC_PROTOCOL_HEADER; a mismatch is refused. */
export const SYNC_PROTOCOL_VERSION = 1;
export const SYNC_PROTOCOL_HEADER = 'x-imr-sync-protocol';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/**
 * Every sync request carries the head of the reviewer's audit trail as `<event id>:<sha256>`, so a server can keep it
 * as an anchor outside the reviewer's computer and notice a trail that went backwards. Servers may ignore it.
 */
export const AUDIT_HEAD_HEADER = 'x-imr-audit-head';
/**
 * On every reply to a request that carried AUDIT_HEAD_HEADER: the head the server kept from this trail's previous
 * request, as `<event id>:<sha256>@<ISO time>`. A trail that does not contain it was rolled back or replaced since.
 */
export const AUDIT_HEAD_SEEN_HEADER = 'x-imr-audit-head-seen';
/** Which trail the head belongs to (the SHA-256 of its first event): one reviewer may have several workspaces. */
export const AUDIT_CHAIN_HEADER = 'x-imr-audit-chain';
/** Set to 'true' on an upload reply that repeats an earlier receipt instead of storing anything. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
