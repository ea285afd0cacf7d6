import { citationSnapshotSchema, type CitationSnapshot } from '../../../shared/citations';
import { MAX_ITEM_CITATIONS, type Determination, type ItemDetermination } from '../../../shared/domain';
import { z } from 'zod';
import { emptyRichText, richTextDocSchema, type RichTextDoc } from '../../../shared/editor';
import { AppError } from '../../../shared/ipc';
import { findDraft, insertDraft, listItemDeterminations, listItems, type Db } from '../db';

import type { Workspace } from '../workspace';
import { requireCase } from '../cases';

/** The draft as stored, validated: a damaged draft is reported, never silently replaced. */
export function loadDetermination(db: Db, caseId: string, now: string): Determination {
  const record = requireCase(db, caseId);
  let draft = findDraft(db, caseId);
  if (!draft) {
    insertDraft(db, caseId, JSON.stringify(emptyRichText()), now);
    draft = findDraft(db, caseId);
    if (!draft) throw new AppError('INTERNAL', 'The draft could not be created.');
  }
  const stored = new Map(listItemDeterminations(db, caseId).map((row) => [row.item_id, row]));
  const items: ItemDetermination[] = listItems(db, caseId).map((item) => {
    const row = stored.get(item.id);
    if (!row) {
      return {
        itemId: item.id,
        decision: 'undecided',
        caGuideline: item.caGuideline,
        rationale: emptyRichText(),
        citations: [],
        updatedAt: draft.updated_at,
      };
    }
    return {
      itemId: item.id,
      decision: row.decision,
      caGuideline: row.ca_guideline,
      rationale: parseDoc(row.rationale_json, `the rationale for "${item.requestedTreatment}"`, record.caseNumber),
      citations: parseCitations(row.citations_json, item.requestedTreatment, record.caseNumber),
      updatedAt: row.updated_at,
    };
  });
  return {
    caseId,
    summary: parseDoc(draft.summary_json, 'the clinical case summary', record.caseNumber),
    items,
    revision: draft.revision,
    locked: draft.locked === 1,
    updatedAt: draft.updated_at,
  };
}

function parseDoc(json: string, what: string, caseNumber: string): RichTextDoc {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = richTextDocSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'DRAFT_INVALID',
      `The saved text of ${what} in ${caseNumber} is damaged and was not loaded. Restore an earlier version from the version history; nothing has been overwritten.`,
    );
  }
  return parsed.data;
}

const citationListSchema = z.array(citationSnapshotSchema).max(MAX_ITEM_CITATIONS);

function parseCitations(json: string, item: string, caseNumber: string): CitationSnapshot[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = citationListSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'DRAFT_INVALID',
      `The saved citation list of "${item}" in ${caseNumber} is damaged and was not loaded. Restore an earlier version from the version history; nothing has been overwritten.`,
    );
  }
  return parsed.data;
}

/** The draft for the window, created on first open (hence its own transaction). */
export function readDetermination(ws: Workspace, caseId: string): Determination {
  return ws.db.transaction(() => loadDetermination(ws.db, caseId, ws.clock.now().toISOString()))();
}
