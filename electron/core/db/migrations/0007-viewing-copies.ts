import type { Migration } from './migration';

/**
 * A viewing copy per stored record file (by the original's sha256): an incremental update, stored as its
 * own file, that gives the PDF a balanced page tree so pdf.js opens it without reading every page first.
 * The viewer is served original + update; the original file stays the evidence, unchanged.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'viewing-copies',
  up(db) {
    db.exec(`
      create table record_viewing_copies (
        sha256 text primary key,
        update_sha256 text not null,
        update_location text not null,
        page_count integer not null,
        made_at text not null
      );
    `);
  },
};
