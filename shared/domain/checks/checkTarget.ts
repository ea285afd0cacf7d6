export type ItemField = 'decision' | 'rationale' | 'citations' | 'caGuideline';

/** Where the reviewer is taken when a finding is clicked. */
export type CheckTarget =
  | { readonly kind: 'summary' }
  | { readonly kind: 'item'; readonly itemId: string; readonly field: ItemField }
  | { readonly kind: 'document'; readonly documentId: string }
  | { readonly kind: 'profile' }
  | { readonly kind: 'letter' };

export function targetKey(target: CheckTarget): string {
  switch (target.kind) {
    case 'item':
      return `item:${target.itemId}:${target.field}`;
    case 'document':
      return `document:${target.documentId}`;
    default:
      return target.kind;
  }
}
