import { diffArrays } from 'diff';
import type { CompareRow } from '../../../shared/ipc';
import { AppError } from '../../../shared/ipc';
import { findDocument, listSimilarities, readPages, type Db } from '../db';
import { keyOf, pairKey, type PageKey } from './groupDuplicates';
import { splitLines } from './pageLayout';
import { readEncounters } from './listChronology';

const comparable = (line: string) => line.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Two pages line by line: lines both have, lines changed (a removed line next to an added one), and lines only one
 * has, as the side-by-side view shows them. The similarity is the analysis's, when it compared the two.
 */
export function comparePages(db: Db, left: PageKey, right: PageKey) {
  const describe = (ref: PageKey) => {
    const doc = findDocument(db, ref.documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    const text = readPages(db, ref.documentId, ref.page, ref.page)[0]?.text;
    if (text === undefined) throw new AppError('NOT_FOUND', `"${doc.title}" has no page ${ref.page}.`);
    const date =
      readEncounters(db, doc.caseId).find(
        (e) => e.documentId === ref.documentId && e.startPage <= ref.page && ref.page <= e.endPage,
      )?.serviceDate ?? null;
    return {
      caseId: doc.caseId,
      page: { documentId: doc.id, documentTitle: doc.title, page: ref.page, serviceDate: date },
      lines: splitLines(text),
    };
  };
  const a = describe(left);
  const b = describe(right);
  const wanted = pairKey(left, right);
  const pair =
    keyOf(left) === keyOf(right)
      ? null
      : listSimilarities(db, a.caseId).find(
          (s) =>
            pairKey({ documentId: s.documentA, page: s.pageA }, { documentId: s.documentB, page: s.pageB }) === wanted,
        );
  return {
    left: a.page,
    right: b.page,
    similarity: keyOf(left) === keyOf(right) ? 1 : (pair?.similarity ?? null),
    rows: diffRows(a.lines, b.lines),
  };
}

export function diffRows(left: readonly string[], right: readonly string[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const changes = diffArrays([...left], [...right], { comparator: (x, y) => comparable(x) === comparable(y) });
  let li = 0;
  let ri = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    const count = change.value.length;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k++) rows.push({ left: left[li++] ?? '', right: right[ri++] ?? '', kind: 'same' });
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      const n = Math.max(count, next.value.length);
      for (let k = 0; k < n; k++) {
        const l = k < count ? (left[li++] ?? '') : null;
        const r = k < next.value.length ? (right[ri++] ?? '') : null;
        rows.push({
          left: l,
          right: r,
          kind: l !== null && r !== null ? 'changed' : l !== null ? 'left-only' : 'right-only',
        });
      }
      i++;
      continue;
    }
    for (let k = 0; k < count; k++)
      rows.push(
        change.removed
          ? { left: left[li++] ?? '', right: null, kind: 'left-only' }
          : { left: null, right: right[ri++] ?? '', kind: 'right-only' },
      );
  }
  return rows;
}
