import { emptyRichText } from '../../../shared/editor/richText';
import type { VersionDetail } from '../../../shared/ipc/contracts/versionsContract';
import { AppError } from '../../../shared/ipc/appError';
import { findVersion } from '../db/repositories/versionRepository';
import type { Db } from '../db/openDatabase';
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
  }));
  return { ...toVersionHead(row), summary, items, restorable: summary !== null && items.every((i) => i.rationale !== null) };
}
