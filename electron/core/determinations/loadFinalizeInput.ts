import type { CaseRecord, Determination, DisputedItem, DocumentMeta, ReviewerProfile } from '../../../shared/domain';
import type { CatalogEntry } from '../../../shared/citations';

import type { DocumentEncounter, LetterSettings } from '../../../shared/domain/letter';

import { findDraftLineage, listAcknowledgedKeys, listDocuments, listItems, type DraftLineage } from '../db';

import { loadDetermination } from './loadDetermination';
import type { Workspace } from '../workspace';
import { catalogForChecks } from '../catalog';
import { readLetterSettings, readReviewerProfile } from '../profile';

import { readUrDenialText } from '../records';
import { recordFileProblem } from '../recordStore';
import { requireCase } from '../cases';
import { listLetterEncounters } from '../recordAnalysis';

/** Everything the checks, the letter and the signature are computed from, read in one transaction. */
export interface FinalizeInput {
  caseRecord: CaseRecord;
  items: DisputedItem[];
  determination: Determination;
  documents: DocumentMeta[];
  /** Encounters inside compilations, for the letter's documents-reviewed list. */
  encounters: DocumentEncounter[];
  /** Documents whose file is missing or does not open: they cannot have been read. */
  unavailableDocumentIds: string[];
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
    const stored = listDocuments(ws.db, caseId);
    const documents = stored.map(({ fileLocation: _location, ...meta }) => meta);
    const { profile, isDefault } = readReviewerProfile(ws.db, ws.log);
    return {
      caseRecord,
      items: listItems(ws.db, caseId),
      determination: loadDetermination(ws.db, caseId, ws.clock.now().toISOString()),
      documents,
      encounters: listLetterEncounters(ws.db, caseId),
      unavailableDocumentIds: stored
        .filter((d) => recordFileProblem(ws.store, d.fileLocation) !== null)
        .map((d) => d.id),
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
