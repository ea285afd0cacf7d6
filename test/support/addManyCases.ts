import { insertCase } from '../../electron/core/db/repositories/caseRepository';
import { insertItem } from '../../electron/core/db/repositories/itemRepository';
import type { Db } from '../../electron/core/db/openDatabase';
import type { CaseStatus } from '../../shared/domain';
import { caseFixture } from './caseFixture';

const TREATMENTS = [
  'Lumbar MRI without contrast',
  'Physical therapy, 12 visits',
  'Gabapentin 300 mg #90',
  'Knee brace',
];

/**
 * A long-serving reviewer's inbox in a few hundred milliseconds: `count` cases with two items each, every tenth
 * still open, the others closed (uploaded or withdrawn) on dates spread over the past years.
 */
export function addManyCases(db: Db, count: number, today: string): { open: number; closed: number } {
  let open = 0;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const isOpen = i % 10 === 0;
      const status: CaseStatus = isOpen ? 'assigned' : i % 3 === 0 ? 'withdrawn' : 'uploaded';
      const day = new Date(Date.parse(`${today}T00:00:00Z`) - (isOpen ? -(i % 30) : 40 + i) * 86_400_000);
      const date = day.toISOString().slice(0, 10);
      const id = `bulk-${i}`;
      insertCase(
        db,
        caseFixture({
          id,
          caseNumber: `CM${date.slice(2, 4)}-${String(5_000_000 + i).padStart(7, '0')}`,
          status,
          dueDate: date,
          claimantName: `Bulk Claimant ${i}`,
          updatedAt: `${date}T12:00:00.000Z`,
        }),
      );
      for (let p = 0; p < 2; p++) {
        insertItem(db, {
          id: `${id}-item-${p}`,
          caseId: id,
          position: p,
          requestedTreatment: TREATMENTS[(i + p) % TREATMENTS.length] ?? 'Knee brace',
          urDecision: 'denied',
          caGuideline: '',
        });
      }
      if (isOpen) open++;
    }
  })();
  return { open, closed: count - open };
}
