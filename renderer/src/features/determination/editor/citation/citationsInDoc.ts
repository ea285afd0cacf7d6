import type { Node as PmNode } from '@tiptap/pm/model';
import type { CitationSnapshot } from '../../../../../../shared/citations';
import { citationsOf } from '../../../../../../shared/domain';
import { EDITOR_NODE } from '../../../../../../shared/editor';

/** The document's citations as citationsOf() sees them (document order, no duplicates), without serialising the text. */
export function citationsInDoc(doc: PmNode): CitationSnapshot[] {
  const chips: { type: string; attrs: Record<string, unknown> }[] = [];
  doc.descendants((node) => {
    if (node.type.name === EDITOR_NODE.citation) chips.push({ type: EDITOR_NODE.citation, attrs: node.attrs });
    return node.isBlock;
  });
  return citationsOf({ type: 'doc', content: chips });
}
