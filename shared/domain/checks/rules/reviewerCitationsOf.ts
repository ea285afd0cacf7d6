import type { CitationSnapshot } from '../../../citations';
import { citationsOf } from '../..';
import type { RichTextDoc } from '../../../editor';

const cache = new WeakMap<RichTextDoc, readonly CitationSnapshot[]>();

/** citationsOf, remembered per document object: unchanged items cost nothing on a re-run while typing. */
export function reviewerCitationsOf(rationale: RichTextDoc): readonly CitationSnapshot[] {
  let citations = cache.get(rationale);
  if (citations === undefined) {
    citations = citationsOf(rationale);
    cache.set(rationale, citations);
  }
  return citations;
}
