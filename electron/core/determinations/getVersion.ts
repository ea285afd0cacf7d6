import { z } from 'zod';
import { citationSnapshotSchema, type CitationSnapshot } from '../../../shared/citations';
import { emptyRichText } from '../../../shared/editor';
import { AppError, type VersionDetail } from '../../../shared/ipc';

import { findVersion, type Db } from '../db';

import { parseStoredDoc, parseVersionContent } from './parseVersionContent';
import { toVersionHead } from './toVersionHead';

export function getVersion(db: Db, versionId: number): VersionDetail {
  const row = findVersion(db, versionId);
  if (!row) throw new AppError('NOT_FOUND', 'That version no longer exists.');
  const content = parseVersionContent(row.content_json);
  const summary = parseStoredDoc(content.summaryJson);
  const items = content.items.map((item) => ({
    itemId: item.itemId,
    decision: item.decision,
    caGuideline: item.caGuideline,
    rationale: item.rationaleJson === null ? emptyRichText() : parseStoredDoc(item.rationaleJson),
    citations: parseCitationList(item.citationsJson ?? null),
  }));
  return {
    ...toVersionHead(row),
    summary,
    items,
    restorable: summary !== null && items.every((i) => i.rationale !== null),
  };
}

/** A version's citation list, or none when the version predates it or the list is damaged. */
function parseCitationList(json: string | null): CitationSnapshot[] | undefined {
  if (json === null) return undefined;
  try {
    const parsed = z.array(citationSnapshotSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
