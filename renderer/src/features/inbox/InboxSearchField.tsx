import { startTransition, useRef, useState, type Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  /** The query, handed on after the keystroke's frame, as a transition: the list follows without holding up the echo. */
  onQuery: (query: string) => void;
  /** ↓ from the box, with its text: the rows must follow that text before one is chosen. */
  onArrowDown: (query: string) => void;
}

/**
 * The inbox's search box. It keeps the text it shows, so a keystroke repaints only this field at once; filtering
 * ten thousand cases and redrawing the rows starts once that frame is painted, in a transition that React can
 * interrupt for the next key. The rows follow one frame later; the typed letter never waits for them.
 */
export function InboxSearchField({ ref, onQuery, onArrowDown }: Props) {
  const [value, setValue] = useState('');
  const latest = useRef('');
  return (
    <input
      ref={ref}
      type="search"
      className="search-input"
      placeholder="Search case number, claimant or treatment  ( / )"
      aria-label="Search cases"
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        setValue(next);
        latest.current = next;
        // A task queued from the next animation frame runs once that frame is painted; a text typed over since is
        // skipped, so the rows never step back to it.
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (latest.current === next) startTransition(() => onQuery(next));
          }, 0),
        );
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown') return;
        e.preventDefault();
        onArrowDown(latest.current);
      }}
    />
  );
}
