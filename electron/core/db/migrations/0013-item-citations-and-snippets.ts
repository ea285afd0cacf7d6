import type { Migration } from './migration';

/**
 * Each item keeps its list of cited guidelines (citation snapshots, in the reviewer's order) beside its rationale;
 * the status-change trigger of 0003 now keeps that list in the versions it takes. The reviewer's rationale snippets:
 * rich text with citations and fill-in fields, reused across cases.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'item-citations-and-snippets',
  up(db) {
    db.exec(`
      alter table item_determinations add column citations_json text not null default '[]';

      drop trigger determination_version_on_status;
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
                  'rationaleJson', x.rationale_json,
                  'citationsJson', x.citations_json
                ) as item
                from disputed_items i left join item_determinations x on x.item_id = i.id
                where i.case_id = new.id
                order by i.position
              )
            )
          )
        from determination_drafts d where d.case_id = new.id;
      end;

      create table snippets (
        id text primary key,
        title text not null,
        keywords text not null default '',
        body_json text not null,
        created_at text not null,
        updated_at text not null
      );
      create index snippets_title on snippets(title collate nocase);
    `);
  },
};
