import type { Migration } from './migration';

/**
 * The workspace's trust store for `verify`: certificates (by the SHA-256 of their DER) whose packages count as signed by
 * a known signer. A certificate is trusted because someone said so here, never because it names the right reviewer:
 * anyone can make a self-signed certificate with any name. The reviewer's own identity is trusted without a row.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'trusted-signers',
  up(db) {
    db.exec(`
      create table trusted_signers (
        certificate_sha256 text primary key check (length(certificate_sha256) = 64),
        subject text not null,
        note text not null default '',
        added_at text not null
      );
    `);
  },
};
