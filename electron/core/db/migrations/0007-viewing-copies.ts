import type { Migration } from './migration';

/**
 * A viewing copy per stored record file (by the original's sha256): the same PDF with a balanced page
 * tree, appended as an incremental update, which pdf.js opens without reading every page first.
 * The original file stays the evidence; the copy is only what the viewer loads.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'viewing-copies',
  up(db) {
    db.exec(`
      create table record_viewing_copies (
        sha256 text primary key,
        view_sha256 text not null,
        view_location text not null,
        page_count integer not null,
        made_at text not null
      );
    `);
  },
};
