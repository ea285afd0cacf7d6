import type { CaseRecord, DisputedItem, DocumentMeta } from '../../../shared/domain/caseModel';
import type { CatalogEntry } from '../../../shared/citations/citation';
import type { Determination } from '../../../shared/domain/determination';
import type { LetterSettings } from '../../../shared/domain/letter/buildLetterModel';
import type { ReviewerProfile } from '../../../shared/domain/reviewerProfile';
import { listAcknowledgedKeys } from '../db/repositories/acknowledgmentRepository';
import { listDocuments } from '../db/repositories/documentRepository';
import { findDraftLineage, type DraftLineage } from '../db/repositories/draftLineageRepository';
import { listItems } from '../db/repositories/itemRepository';
import { loadDetermination } from './loadDetermination';
import type { Workspace } from '../workspace/workspace';
import { catalogForChecks } from '../catalog/catalogForChecks';
import { readLetterSettings } from '../profile/letterSettings';
import { readReviewerProfile } from '../profile/reviewerProfileSetting';
import { readUrDenialText } from '../records/readUrDenialText';
import { requireCase } from '../cases/requireCase';

/** Everything the checks, the letter and the signature are computed from, read in one transaction. */
export interface FinalizeInput {
  caseRecord: CaseRecord;
  items: DisputedItem[];
  determination: Determination;
  documents: DocumentMeta[];
  urDenialText: string | null;
  profile: ReviewerProfile;
  profileIsDefault: boolean;
  catalog: CatalogEntry[];
  letterSettings: LetterSettings;
  lineage: DraftLineage;
  acknowledgedKeys: string[];
  /** YYYY-MM-DD: the letter's decision date. */
  today: string;
}

export function loadFinalizeInput(ws: Workspace, caseId: string): FinalizeInput {
  return ws.db.transaction(() => {
    const caseRecord = requireCase(ws.db, caseId);
    const documents = listDocuments(ws.db, caseId).map(({ fileLocation: _location, ...meta }) => meta);
    const { profile, isDefault } = readReviewerProfile(ws.db, ws.log);
    return {
      caseRecord,
      items: listItems(ws.db, caseId),
      determination: loadDetermination(ws.db, caseId, ws.clock.now().toISOString()),
      documents,
      urDenialText: readUrDenialText(ws.db, documents),
      profile,
      profileIsDefault: isDefault,
      catalog: catalogForChecks(ws.db, ws.log),
      letterSettings: readLetterSettings(ws.db),
      lineage: findDraftLineage(ws.db, caseId),
      acknowledgedKeys: listAcknowledgedKeys(ws.db, caseId),
      today: ws.clock.today(),
    };
  })();
}
