import type { Migration } from './migration';

/**
 * Scanned pages read by OCR, stored as data beside the evidence (the record files never change):
 * - record_pages says where each page's text came from (`source`: the file's text layer or OCR), why a page
 *   needs OCR (`ocr_need`: no text layer, only a fax header, far less text than its scan, or an image file), the
 *   resolution of its scan, and the text of its form fields and annotations (`extra`), indexed too;
 * - record_ocr_pages keeps every OCR result per page and run: text, words with boxes and confidence, the map from
 *   the OCR image to the page, the engine and settings, or why the page could not be read;
 * - record_ocr_runs is the queue: a document's pending run resumes after a crash or quit where it stopped; a
 *   re-run is staged and swapped in whole when it completes.
 * The full-text index is rebuilt with the extra column (the page text itself is unchanged).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'ocr',
  up(db) {
    db.exec(`
      drop trigger record_pages_after_insert;
      drop trigger record_pages_after_delete;
      drop trigger record_pages_after_update;
      drop table record_pages_fts;

      alter table record_pages add column source text not null default 'text' check (source in ('text', 'ocr'));
      alter table record_pages add column ocr_need text check (ocr_need in ('no-text', 'header-only', 'sparse', 'image'));
      alter table record_pages add column scan_dpi integer;
      alter table record_pages add column extra text not null default '';

      update record_pages set ocr_need = 'no-text' where trim(text) = '';
      update record_pages set ocr_need = 'image'
      where document_id in (select id from documents where mime_type like 'image/%');

      create virtual table record_pages_fts using fts5(
        text,
        scope,
        extra,
        content = 'record_pages',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      create trigger record_pages_after_insert after insert on record_pages begin
        insert into record_pages_fts (rowid, text, scope, extra) values (new.id, new.text, new.scope, new.extra);
      end;
      create trigger record_pages_after_delete after delete on record_pages begin
        insert into record_pages_fts (record_pages_fts, rowid, text, scope, extra)
        values ('delete', old.id, old.text, old.scope, old.extra);
      end;
      create trigger record_pages_after_update after update of text, scope, extra on record_pages begin
        insert into record_pages_fts (record_pages_fts, rowid, text, scope, extra)
        values ('delete', old.id, old.text, old.scope, old.extra);
        insert into record_pages_fts (rowid, text, scope, extra) values (new.id, new.text, new.scope, new.extra);
      end;
      insert into record_pages_fts (record_pages_fts) values ('rebuild');

      create table record_ocr_runs (
        id text primary key,
        document_id text not null references documents(id) on delete cascade,
        state text not null check (state in ('pending', 'done', 'cancelled')),
        staged integer not null check (staged in (0, 1)),
        reason text not null,
        settings_json text not null,
        requested_at text not null,
        finished_at text
      );
      create index record_ocr_runs_document on record_ocr_runs(document_id, state);

      create table record_ocr_pages (
        run_id text not null references record_ocr_runs(id) on delete cascade,
        document_id text not null references documents(id) on delete cascade,
        page integer not null check (page >= 1),
        state text not null check (state in ('done', 'failed')),
        text text not null,
        words_json text not null,
        to_page_json text,
        confidence integer,
        engine text not null,
        settings_json text not null,
        message text,
        read_ms integer not null,
        done_at text not null,
        primary key (run_id, page)
      );
      create index record_ocr_pages_document on record_ocr_pages(document_id, page);
    `);
  },
};
