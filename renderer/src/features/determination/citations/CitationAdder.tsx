import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { RankedEntry } from '../../../../../shared/citations';
import type { CitationSource } from '../editor/citationPicker/citationSource';

interface Props {
  itemName: string;
  source: CitationSource;
  disabled: boolean;
  onAdd: (entry: RankedEntry) => void;
}

const SHOWN = 8;

/** "Add a guideline": the picker's ranked search as a combobox under the item's citation list. */
export function CitationAdder({ itemName, source, disabled, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const results = useMemo(() => (open ? source.search(query).slice(0, SHOWN) : []), [open, query, source]);
  const choose = (entry: RankedEntry | undefined) => {
    if (!entry) return;
    onAdd(entry);
    setQuery('');
    setActive(0);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const n = Math.max(1, results.length);
      setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div className="citation-adder">
      <input
        type="search"
        role="combobox"
        aria-label={`Add a guideline to ${itemName}`}
        aria-expanded={open && results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${id}-${active}` : undefined}
        placeholder="Add a guideline: type a topic, body part or chapter…"
        value={query}
        disabled={disabled}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && results.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="citation-adder-list" aria-label="Guidelines to add">
          {results.map((r, i) => (
            <li
              key={r.entry.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`citation-option${i === active ? ' active' : ''}${r.inForce === false ? ' out-of-force' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span className={`citation-badge ${r.mtus ? 'badge-mtus' : 'badge-non-mtus'}`}>
                {r.mtus ? 'MTUS' : r.entry.family === 'literature' ? 'Literature' : 'Non-MTUS'}
              </span>
              <span className="citation-option-label">{r.label}</span>
              {r.entry.topic && r.entry.pages && <span className="citation-option-meta">{r.entry.topic}</span>}
              {r.inForce === false && <span className="citation-option-meta">not in force on the UR date</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
