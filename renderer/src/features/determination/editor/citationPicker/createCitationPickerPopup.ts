import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { RankedEntry } from '../../../../../../shared/citations';

export interface PickerPopupProps {
  query: string;
  items: RankedEntry[];
  clientRect: (() => DOMRect | null) | null | undefined;
  /** The focused element that owns the list (the editor): it carries aria-activedescendant. */
  owner: HTMLElement;
  choose: (item: RankedEntry) => void;
}

export interface PickerPopup {
  update(props: PickerPopupProps): void;
  keyDown(event: KeyboardEvent): boolean;
  destroy(): void;
}

let popupCount = 0;

/** The ranked list under the caret: a plain-DOM listbox positioned with Floating UI; focus stays in the editor. */
export function createCitationPickerPopup(initial: PickerPopupProps): PickerPopup {
  const id = `citation-picker-${++popupCount}`;
  let props = initial;
  let active = 0;
  const root = document.createElement('div');
  root.className = 'citation-picker';
  root.setAttribute('data-testid', 'citation-picker');
  const header = document.createElement('div');
  header.className = 'citation-picker-header';
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Guideline citations');
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
    header.textContent = query.trim() ? `Citations matching “${query.trim()}”` : 'Cite a guideline: type to search';
    const options = items.map((item, index) => {
      const li = document.createElement('li');
      li.id = optionId(index);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(index === active));
      li.className = `citation-option${index === active ? ' active' : ''}${item.inForce === false ? ' out-of-force' : ''}`;
      const badge = document.createElement('span');
      badge.className = `citation-badge ${item.mtus ? 'badge-mtus' : 'badge-non-mtus'}`;
      badge.textContent = item.mtus ? 'MTUS' : item.entry.family === 'literature' ? 'Literature' : 'Non-MTUS';
      const label = document.createElement('span');
      label.className = 'citation-option-label';
      label.textContent = item.label;
      const notes = [item.recent ? 'recent' : null, item.inForce === false ? 'not in force on the UR date' : null]
        .filter(Boolean)
        .join(' · ');
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
      empty.textContent = 'No citation matches. Try other words, or add an article with “Add article”.';
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
    update(next) {
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
