import type { AssignmentChangeKind } from '../../shared/sync';

/** The server's tables as Kysely sees them. Times are ISO-8601 UTC text on both engines, so they compare as text. */
export interface ServerSchema {
  meta: { key: MetaKey; value: string };
  reviewers: { id: string; display_name: string; created_at: string };
  audit_heads: { reviewer_id: string; chain: string; event_id: number; hash: string; seen_at: string };
  tokens: {
    token_sha256: string;
    reviewer_id: string;
    created_at: string;
    expires_at: string | null;
    revoked_at: string | null;
  };
  certificates: {
    sha256: string;
    reviewer_id: string;
    pem: string;
    subject: string;
    not_after: string;
    registered_at: string;
    revoked_at: string | null;
  };
  records: { sha256: string; size_bytes: number; mime_type: string; stored_at: string };
  cases: {
    id: string;
    case_number: string;
    reviewer_id: string | null;
    state: 'assigned' | 'withdrawn';
    detail_json: string;
    updated_at: string;
  };
  case_records: { case_id: string; sha256: string };
  changes: {
    seq: number;
    reviewer_id: string;
    case_id: string;
    kind: AssignmentChangeKind;
    payload_json: string;
    created_at: string;
  };
  packages: {
    receipt_id: string;
    reviewer_id: string;
    case_id: string;
    case_number: string;
    determination_version: number;
    package_sha256: string;
    body_sha256: string;
    certificate_sha256: string;
    manifest_json: string;
    manifest_sig: string;
    /** Bytes inline: only packages received before migration 2; later ones keep their files in record storage. */
    letter_pdf: Buffer | null;
    determination_json: Buffer | null;
    letter_sha256: string | null;
    determination_sha256: string | null;
    certificate_pem: string;
    received_at: string;
  };
  idempotency_keys: {
    reviewer_id: string;
    key: string;
    body_sha256: string;
    receipt_id: string;
    created_at: string;
  };
  enrolment_codes: {
    code_sha256: string;
    reviewer_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    certificate_sha256: string | null;
  };
  auth_failures: { client_key: string; window_started_at: string; failures: number; blocked_until: string | null };
  storage_blobs: { sha256: string; size_bytes: number; chunk_bytes: number; stored_at: string };
  storage_chunks: { sha256: string; chunk_index: number; chunk_sha256: string; bytes: Buffer };
}

/** feed_epoch: changes when the database is replaced; feed_floor: the compaction floor; feed_seq: the last change sequence issued. */
export type MetaKey = 'feed_epoch' | 'feed_floor' | 'feed_seq';
