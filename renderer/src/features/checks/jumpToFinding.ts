import type { CheckTarget } from '../../../../shared/domain/checks';

export interface JumpActions {
  selectDocument(documentId: string): void;
  openProfile(): void;
  openPreview(): void;
}

const FLASH_MS = 1600;

/** Takes the reviewer to the place a finding is about: the editor field, the document in the list, or a dialog. */
export function jumpToFinding(target: CheckTarget, actions: JumpActions): void {
  switch (target.kind) {
    case 'summary':
      reveal(document.querySelector<HTMLElement>('.summary-editor [contenteditable]'));
      return;
    case 'item': {
      const section =
        document.getElementById(`item-title-${target.itemId}`)?.closest<HTMLElement>('.item-editor') ?? null;
      if (!section) return;
      const field =
        target.field === 'decision'
          ? (section.querySelector<HTMLElement>('input[type="radio"]:checked') ??
            section.querySelector<HTMLElement>('input[type="radio"]'))
          : target.field === 'caGuideline'
            ? section.querySelector<HTMLElement>('textarea')
            : section.querySelector<HTMLElement>('[contenteditable]');
      reveal(field ?? section, section);
      return;
    }
    case 'document':
      actions.selectDocument(target.documentId);
      // The list re-renders with the selection first; then its tick box is the thing to press.
      requestAnimationFrame(() =>
        reveal(document.querySelector<HTMLElement>('.document-list li.selected input[type="checkbox"]')),
      );
      return;
    case 'profile':
      actions.openProfile();
      return;
    case 'letter':
      actions.openPreview();
  }
}

function reveal(el: HTMLElement | null, flashEl: HTMLElement | null = el): void {
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  const flashed = flashEl?.closest<HTMLElement>('.item-editor, .summary-editor, li') ?? flashEl;
  flashed?.classList.add('finding-target');
  setTimeout(() => flashed?.classList.remove('finding-target'), FLASH_MS);
}
