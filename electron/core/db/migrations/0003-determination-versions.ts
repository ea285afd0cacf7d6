import type { Migration } from './migration';

/**
 * Version history of determination drafts, the reviewer's own literature entries, and recent citation picks.
 * A trigger keeps a version on every status change of a case with a draft, whichever service changes it
 * (content in the shape of electron/core/determinations/draftContent.ts).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'determination-versions',
  up(db) {
    db.exec(`
      create table determination_versions (
        id integer primary key autoincrement,
        case_id text not null references cases(id) on delete cascade,
        created_at text not null,
        reason text not null check (reason in ('interval', 'status', 'before-restore', 'manual')),
        detail text not null default '',
        revision integer not null,
        content_json text not null
      );
      create index determination_versions_case on determination_versions(case_id, id);

      create trigger determination_version_on_status after update of status on cases
      when old.status is not new.status and exists (select 1 from determination_drafts where case_id = new.id)
      begin
        insert into determination_versions (case_id, created_at, reason, detail, revision, content_json)
        select new.id, new.updated_at, 'status', new.status, d.revision,
          json_object(
            'summaryJson', d.summary_json,
            'items', (
              select json_group_array(json(item)) from (
                select json_object(
                  'itemId', i.id,
                  'decision', coalesce(x.decision, 'undecided'),
                  'caGuideline', coalesce(x.ca_guideline, i.ca_guideline),
                  'rationaleJson', x.rationale_json
                ) as item
                from disputed_items i left join item_determinations x on x.item_id = i.id
                where i.case_id = new.id
                order by i.position
              )
            )
          )
        from determination_drafts d where d.case_id = new.id;
      end;

      create table local_literature (
        id text primary key,
        authors text not null,
        title text not null,
        journal text not null,
        year integer not null,
        pmid text,
        doi text,
        created_at text not null
      );
      create unique index local_literature_pmid on local_literature(pmid) where pmid is not null;
      create unique index local_literature_doi on local_literature(doi) where doi is not null;

      create table catalog_recent_picks (
        catalog_id text primary key,
        picked_at text not null,
        seq integer not null
      );
      create index catalog_recent_picks_seq on catalog_recent_picks(seq);
    `);
  },
};
