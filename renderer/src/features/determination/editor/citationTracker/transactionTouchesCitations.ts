import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { EDITOR_NODE } from '../../../../../../shared/editor';

const isCitation = (node: PmNode) => node.type.name === EDITOR_NODE.citation;

function containsCitation(doc: PmNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (isCitation(node)) found = true;
    return !found;
  });
  return found;
}

/** O(size of the change): whether a transaction inserted or removed a citation chip, so typing never rescans the document. */
export function transactionTouchesCitations(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    const before = tr.docs[index];
    if (!before) return true;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    let touched = false;
    step.slice.content.descendants((node) => {
      if (isCitation(node)) touched = true;
      return !touched;
    });
    step.getMap().forEach((oldStart, oldEnd) => {
      if (!touched && oldEnd > oldStart) touched = containsCitation(before, oldStart, oldEnd);
    });
    return touched;
  });
}
