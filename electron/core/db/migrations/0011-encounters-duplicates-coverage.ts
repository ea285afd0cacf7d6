import type { Migration } from './migration';

/**
 * What the analysis of a case file finds and what the reviewer says about it:
 * - `encounters`: contiguous page ranges of one document that form one clinical document, with the detected date
 *   of service, type, provider and facility and a confidence for each; rewritten whole by every analysis run.
 * - `encounter_boundaries` and `encounter_corrections`: the reviewer's splits/merges and field corrections, keyed
 *   by document and page so they outlive re-analysis (which reads them and never writes them).
 * - `page_similarities`: pairs of pages whose text (or image) is alike, with the similarity and how much text each
 *   holds (the fuller copy leads its group); `duplicate_pages`:
 *   the groups those pairs form at the case's threshold, each under its principal page (materialized so search,
 *   the chronology and coverage read them with a join); `duplicate_verdicts`: pairs the reviewer says differ.
 * - `page_views`: how long each page was on screen, for review coverage.
 * - `case_analysis`: per case, when it was last analyzed and the duplicate threshold the reviewer chose.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'encounters-duplicates-coverage',
  up(db) {
    db.exec(`
      create table case_analysis (
        case_id text primary key references cases(id) on delete cascade,
        analyzed_at text,
        analyzer text not null default '',
        pages integer not null default 0,
        duration_ms integer not null default 0,
        complete integer not null default 0,
        duplicate_threshold real not null default 0.8 check (duplicate_threshold between 0.5 and 1)
      );

      create table encounters (
        document_id text not null references documents(id) on delete cascade,
        start_page integer not null check (start_page >= 1),
        end_page integer not null,
        case_id text not null references cases(id) on delete cascade,
        service_date text,
        date_confidence real not null,
        doc_type text not null,
        type_confidence real not null,
        provider text not null default '',
        provider_confidence real not null,
        facility text not null default '',
        facility_confidence real not null,
        title text not null default '',
        extract text not null default '',
        notes_json text not null default '[]',
        primary key (document_id, start_page),
        check (end_page >= start_page)
      );
      create index encounters_case on encounters(case_id, service_date);

      create table encounter_boundaries (
        document_id text not null references documents(id) on delete cascade,
        page integer not null check (page >= 2),
        kind text not null check (kind in ('split', 'merge')),
        set_at text not null,
        primary key (document_id, page)
      );

      create table encounter_corrections (
        document_id text not null references documents(id) on delete cascade,
        start_page integer not null check (start_page >= 1),
        field text not null check (field in ('serviceDate', 'docType', 'provider', 'facility')),
        value text,
        corrected_at text not null,
        primary key (document_id, start_page, field)
      );

      create table page_similarities (
        case_id text not null references cases(id) on delete cascade,
        document_a text not null references documents(id) on delete cascade,
        page_a integer not null,
        document_b text not null references documents(id) on delete cascade,
        page_b integer not null,
        similarity real not null check (similarity between 0 and 1),
        method text not null check (method in ('exact', 'text', 'image')),
        weight_a integer not null,
        weight_b integer not null,
        primary key (document_a, page_a, document_b, page_b)
      );
      create index page_similarities_case on page_similarities(case_id);

      create table duplicate_pages (
        document_id text not null references documents(id) on delete cascade,
        page integer not null,
        case_id text not null references cases(id) on delete cascade,
        principal_document text not null references documents(id) on delete cascade,
        principal_page integer not null,
        similarity real not null,
        method text not null,
        group_size integer not null,
        primary key (document_id, page)
      );
      create index duplicate_pages_case on duplicate_pages(case_id, principal_document, principal_page);

      create table duplicate_verdicts (
        case_id text not null references cases(id) on delete cascade,
        document_a text not null references documents(id) on delete cascade,
        page_a integer not null,
        document_b text not null references documents(id) on delete cascade,
        page_b integer not null,
        verdict text not null check (verdict in ('distinct')),
        set_at text not null,
        primary key (document_a, page_a, document_b, page_b)
      );

      create table page_views (
        document_id text not null references documents(id) on delete cascade,
        page integer not null check (page >= 1),
        seen_ms integer not null check (seen_ms >= 0),
        first_seen_at text not null,
        last_seen_at text not null,
        primary key (document_id, page)
      );
    `);
  },
};
