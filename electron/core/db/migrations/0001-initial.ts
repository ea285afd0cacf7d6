import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      create table cases (
        id text primary key,
        case_number text not null unique,
        priority text not null check (priority in ('standard', 'expedited')),
        status text not null default 'assigned',
        received_date text not null,
        due_date text not null,
        date_of_injury text not null,
        ur_decision_date text not null,
        application_date text,
        claimant_name text not null,
        claimant_age integer not null,
        claimant_sex text not null,
        claims_administrator text not null default '',
        requesting_physician text not null default '',
        physician_specialty text not null default '',
        body_parts_json text not null default '[]',
        updated_at text not null
      );
      create index cases_due on cases(due_date);

      create table disputed_items (
        id text primary key,
        case_id text not null references cases(id) on delete cascade,
        position integer not null,
        requested_treatment text not null,
        ur_decision text not null check (ur_decision in ('denied', 'modified')),
        ca_guideline text not null default ''
      );
      create index disputed_items_case on disputed_items(case_id, position);

      create table documents (
        id text primary key,
        case_id text not null references cases(id) on delete cascade,
        title text not null,
        doc_type text not null,
        provider text not null default '',
        service_date text,
        sha256 text not null,
        page_count integer not null default 0,
        mime_type text not null,
        size_bytes integer not null,
        file_location text not null,
        reviewed integer not null default 0,
        imported_at text not null
      );
      create index documents_case on documents(case_id);
      create unique index documents_case_sha on documents(case_id, sha256);

      create table determination_drafts (
        case_id text primary key references cases(id) on delete cascade,
        summary_json text not null,
        revision integer not null default 0,
        locked integer not null default 0,
        updated_at text not null
      );

      create table item_determinations (
        item_id text primary key references disputed_items(id) on delete cascade,
        case_id text not null references cases(id) on delete cascade,
        decision text not null default 'undecided' check (decision in ('undecided', 'upheld', 'overturned')),
        ca_guideline text not null default '',
        rationale_json text not null,
        updated_at text not null
      );

      create table settings (
        key text primary key,
        value_json text not null
      );

      create table audit_events (
        id integer primary key autoincrement,
        at text not null,
        actor text not null,
        action text not null,
        case_id text,
        details_json text not null default '{}'
      );
      create index audit_events_case on audit_events(case_id, id);
    `);
  },
};
