import type { DisputedItem } from '../../../../shared/domain';
import type { Db } from '../openDatabase';

interface ItemRow {
  id: string;
  case_id: string;
  position: number;
  requested_treatment: string;
  ur_decision: DisputedItem['urDecision'];
  ca_guideline: string;
}

const toItem = (row: ItemRow): DisputedItem => ({
  id: row.id,
  caseId: row.case_id,
  position: row.position,
  requestedTreatment: row.requested_treatment,
  urDecision: row.ur_decision,
  caGuideline: row.ca_guideline,
});

export function insertItem(db: Db, item: DisputedItem): void {
  db.prepare(
    `
    insert into
      disputed_items (id, case_id, position, requested_treatment, ur_decision, ca_guideline)
    values
      (@id, @caseId, @position, @requestedTreatment, @urDecision, @caGuideline)
  `,
  ).run(item);
}

export function listItems(db: Db, caseId: string): DisputedItem[] {
  return (db.prepare('select * from disputed_items where case_id = ? order by position').all(caseId) as ItemRow[]).map(
    toItem,
  );
}

export function findItem(db: Db, id: string): DisputedItem | null {
  const row = db.prepare('select * from disputed_items where id = ?').get(id) as ItemRow | undefined;
  return row ? toItem(row) : null;
}
