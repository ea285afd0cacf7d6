import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { RankedEntry } from '../../../../../../shared/citations';

export interface PickerPopupProps<T = RankedEntry> {
  query: string;
  items: T[];
  clientRect: (() => DOMRect | null) | null | undefined;
  /** The focused element that owns the list (the editor): it carries aria-activedescendant. */
  owner: HTMLElement;
  choose: (item: T) => void;
}

export interface PickerPopup<T = RankedEntry> {
  update(props: PickerPopupProps<T>): void;
  keyDown(event: KeyboardEvent): boolean;
  destroy(): void;
}

/** How one kind of picker names itself and its options. */
export interface PickerKind<T> {
  className: string;
  testId: string;
  listLabel: string;
  header(query: string): string;
  empty: string;
  option(item: T): { badge: string; badgeClass: string; label: string; meta: string; muted: boolean };
}

const CITATIONS: PickerKind<RankedEntry> = {
  className: 'citation-picker',
  testId: 'citation-picker',
  listLabel: 'Guideline citations',
  header: (query) => (query.trim() ? `Citations matching “${query.trim()}”` : 'Cite a guideline: type to search'),
  empty: 'No citation matches. Try other words, or add an article with “Add article”.',
  option: (item) => ({
    badge: item.mtus ? 'MTUS' : item.entry.family === 'literature' ? 'Literature' : 'Non-MTUS',
    badgeClass: item.mtus ? 'badge-mtus' : 'badge-non-mtus',
    label: item.label,
    meta: [
      item.entry.pages ? item.entry.topic : null,
      item.recent ? 'recent' : null,
      item.inForce === false ? 'not in force on the UR date' : null,
    ]
      .filter(Boolean)
      .join(' · '),
    muted: item.inForce === false,
  }),
};

let popupCount = 0;

/** The ranked citations under the caret. */
export function createCitationPickerPopup(initial: PickerPopupProps): PickerPopup {
  return createPickerPopup(initial, CITATIONS);
}

/** A ranked list under the caret: a plain-DOM listbox positioned with Floating UI; focus stays in the editor. */
export function createPickerPopup<T>(initial: PickerPopupProps<T>, kind: PickerKind<T>): PickerPopup<T> {
  const id = `${kind.className}-${++popupCount}`;
  let props = initial;
  let active = 0;
  const root = document.createElement('div');
  root.className = `citation-picker ${kind.className}`;
  root.setAttribute('data-testid', kind.testId);
  const header = document.createElement('div');
  header.className = 'citation-picker-header';
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', kind.listLabel);
  const footer = document.createElement('div');
  footer.className = 'citation-picker-footer';
  footer.textContent = '↑ ↓ choose · Enter insert · Esc close';
  root.append(header, list, footer);
  document.body.append(root);

  const reference = {
    getBoundingClientRect: () => props.clientRect?.() ?? new DOMRect(),
    contextElement: initial.owner,
  };
  const place = () =>
    void computePosition(reference, root, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(4),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            root.style.maxHeight = `${Math.max(160, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => Object.assign(root.style, { left: `${x}px`, top: `${y}px` }));
  const stopTracking = autoUpdate(reference, root, place);

  const optionId = (index: number) => `${id}-option-${index}`;

  function render() {
    const { items, query } = props;
    header.textContent = kind.header(query);
    const options = items.map((item, index) => {
      const parts = kind.option(item);
      const li = document.createElement('li');
      li.id = optionId(index);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(index === active));
      li.className = `citation-option${index === active ? ' active' : ''}${parts.muted ? ' out-of-force' : ''}`;
      const badge = document.createElement('span');
      badge.className = `citation-badge ${parts.badgeClass}`;
      badge.textContent = parts.badge;
      const label = document.createElement('span');
      label.className = 'citation-option-label';
      label.textContent = parts.label;
      const notes = parts.meta;
      li.append(badge, label);
      if (notes) {
        const meta = document.createElement('span');
        meta.className = 'citation-option-meta';
        meta.textContent = notes;
        li.append(meta);
      }
      // mousedown, not click: the editor keeps focus and the selection.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        props.choose(item);
      });
      return li;
    });
    if (options.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'citation-empty';
      empty.setAttribute('role', 'presentation');
      empty.textContent = kind.empty;
      options.push(empty);
    }
    list.replaceChildren(...options);
    const owner = props.owner;
    owner.setAttribute('aria-controls', list.id);
    owner.setAttribute('aria-autocomplete', 'list');
    if (items.length > 0) {
      owner.setAttribute('aria-activedescendant', optionId(active));
      list.querySelector<HTMLElement>(`#${optionId(active)}`)?.scrollIntoView?.({ block: 'nearest' });
    } else owner.removeAttribute('aria-activedescendant');
  }

  const move = (delta: number) => {
    const n = props.items.length;
    if (n === 0) return;
    active = (active + delta + n) % n;
    render();
  };

  render();
  return {
    update(next: PickerPopupProps<T>) {
      if (next.query !== props.query) active = 0;
      props = next;
      active = Math.min(active, Math.max(0, next.items.length - 1));
      render();
    },
    keyDown(event) {
      if (event.key === 'ArrowDown') move(1);
      else if (event.key === 'ArrowUp') move(-1);
      else if (event.key === 'PageDown') move(Math.min(5, props.items.length - 1 - active));
      else if (event.key === 'PageUp') move(-Math.min(5, active));
      else if (event.key === 'Enter' || event.key === 'Tab') {
        const item = props.items[active];
        if (item) props.choose(item);
      } else return false;
      return true;
    },
    destroy() {
      stopTracking();
      root.remove();
      for (const name of ['aria-controls', 'aria-autocomplete', 'aria-activedescendant'])
        props.owner.removeAttribute(name);
    },
  };
}
