import type { Migration } from './migration';

/**
 * Page text per record page with an FTS5 index over it, index state per document, and stored highlights.
 * `scope` holds one token per case so a case-scoped search is an FTS5 AND, not a join over every match.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'record-pages',
  up(db) {
    db.exec(`
      create table record_pages (
        id integer primary key,
        document_id text not null references documents(id) on delete cascade,
        page integer not null check (page >= 1),
        text text not null,
        scope text not null,
        unique (document_id, page)
      );

      create virtual table record_pages_fts using fts5(
        text,
        scope,
        content = 'record_pages',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      create trigger record_pages_after_insert after insert on record_pages begin
        insert into record_pages_fts (rowid, text, scope) values (new.id, new.text, new.scope);
      end;
      create trigger record_pages_after_delete after delete on record_pages begin
        insert into record_pages_fts (record_pages_fts, rowid, text, scope) values ('delete', old.id, old.text, old.scope);
      end;
      create trigger record_pages_after_update after update of text, scope on record_pages begin
        insert into record_pages_fts (record_pages_fts, rowid, text, scope) values ('delete', old.id, old.text, old.scope);
        insert into record_pages_fts (rowid, text, scope) values (new.id, new.text, new.scope);
      end;

      create table record_index (
        document_id text primary key references documents(id) on delete cascade,
        text_pages integer not null,
        scanned_pages integer not null,
        extractor text not null,
        indexed_at text not null
      );

      create table highlights (
        id text primary key,
        document_id text not null references documents(id) on delete cascade,
        page integer not null check (page >= 1),
        rects_json text not null,
        text text not null,
        color text not null default 'yellow',
        created_at text not null
      );
      create index highlights_document on highlights(document_id, page);
    `);
  },
};
