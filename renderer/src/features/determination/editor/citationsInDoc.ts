import type { Node as PmNode } from '@tiptap/pm/model';
import type { CitationSnapshot } from '../../../../../shared/domain/citation';
import { citationsOf } from '../../../../../shared/domain/determination';

/** The document's citations as citationsOf() sees them (document order, no duplicates), without serialising the text. */
export function citationsInDoc(doc: PmNode): CitationSnapshot[] {
  const chips: { type: string; attrs: Record<string, unknown> }[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'citation') chips.push({ type: 'citation', attrs: node.attrs });
    return node.isBlock;
  });
  return citationsOf({ type: 'doc', content: chips });
}
