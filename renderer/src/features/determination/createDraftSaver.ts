import type { CitationSnapshot } from '../../../../shared/citations';
import type { Decision, Determination } from '../../../../shared/domain';

import type { RichTextDoc } from '../../../../shared/editor';
import { call } from '../../api';
import type { ItemChange } from './ItemEditor';
import type { SaveQueue } from './saveQueue';

interface ItemState {
  decision: Decision;
  caGuideline: string;
  rationale: RichTextDoc;
  readRationale: (() => RichTextDoc) | null;
  /** Sent only once the reviewer changed the list, so a save never replaces it with what was loaded. */
  citations: CitationSnapshot[] | null;
}

export interface DraftSaver {
  /** Takes a freshly loaded draft and resumes saving. */
  load(draft: Determination): void;
  /** While a version is being restored: edits are not saved, and saves already queued are dropped. */
  suspend(): void;
  resume(): void;
  summaryChanged(read: () => RichTextDoc): void;
  itemChanged(itemId: string, change: ItemChange): void;
}

/** Turns edits into debounced saves; each save reads the newest values when it runs, so none is ever stale. */
export function createDraftSaver(caseId: string, queue: SaveQueue): DraftSaver {
  const items = new Map<string, ItemState>();
  let epoch = 0;
  let suspended = false;
  // A save queued before a restore must not write the replaced text over the restored one.
  const fenced = (save: () => Promise<unknown>) => {
    const mine = epoch;
    return () => (mine === epoch ? save() : Promise.resolve());
  };
  return {
    suspend() {
      suspended = true;
      epoch++;
    },
    resume() {
      suspended = false;
    },
    load(draft) {
      suspended = false;
      epoch++;
      items.clear();
      for (const i of draft.items)
        items.set(i.itemId, {
          decision: i.decision,
          caGuideline: i.caGuideline,
          rationale: i.rationale,
          readRationale: null,
          citations: null,
        });
    },
    summaryChanged(read) {
      if (suspended) return;
      queue.schedule(
        'summary',
        fenced(() => call('determinations.saveSummary', { caseId, summary: read() })),
      );
    },
    itemChanged(itemId, change) {
      const current = items.get(itemId);
      if (!current || suspended) return;
      if (change.decision) current.decision = change.decision;
      if (change.caGuideline !== undefined) current.caGuideline = change.caGuideline;
      if (change.readRationale) current.readRationale = change.readRationale;
      if (change.citations) current.citations = change.citations;
      queue.schedule(
        `item:${itemId}`,
        fenced(() => {
          const v = items.get(itemId) ?? current;
          return call('determinations.saveItem', {
            caseId,
            itemId,
            decision: v.decision,
            caGuideline: v.caGuideline,
            rationale: v.readRationale ? v.readRationale() : v.rationale,
            ...(v.citations ? { citations: v.citations } : {}),
          });
        }),
      );
    },
  };
}
