import { insertCase } from '../../../../electron/core/db/repositories/caseRepository';
import { insertItem } from '../../../../electron/core/db/repositories/itemRepository';
import type { Db } from '../../../../electron/core/db/openDatabase';
import { caseFixture } from '../../../support/caseFixture';

export const CASE_ID = 'case-1';
export const MRI_ITEM = 'item-mri';
export const XRAY_ITEM = 'item-xray';

/** The sample letter's case: two disputed items with the UR's guideline pre-filled. */
export function seedCase(db: Db): void {
  db.transaction(() => {
    insertCase(db, caseFixture({ id: CASE_ID }));
    insertItem(db, {
      id: MRI_ITEM,
      caseId: CASE_ID,
      position: 0,
      requestedTreatment: 'MRI Cervical',
      urDecision: 'denied',
      caGuideline: 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
    });
    insertItem(db, {
      id: XRAY_ITEM,
      caseId: CASE_ID,
      position: 1,
      requestedTreatment: 'Cervical extension and flexion X-Ray',
      urDecision: 'denied',
      caGuideline: 'The Claims Administrator did not base their decision on the MTUS.',
    });
  })();
}
