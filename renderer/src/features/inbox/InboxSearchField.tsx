import { startTransition, useState, type Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  /** The query, handed on after the keystroke's frame, as a transition: the list follows without holding up the echo. */
  onQuery: (query: string) => void;
  onArrowDown: () => void;
}

/**
 * The inbox's search box. It keeps the text it shows, so a keystroke repaints only this field at once; filtering
 * ten thousand cases and redrawing the rows starts once that frame is painted, in a transition that React can
 * interrupt for the next key. The rows follow one frame later; the typed letter never waits for them.
 */
export function InboxSearchField({ ref, onQuery, onArrowDown }: Props) {
  const [value, setValue] = useState('');
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
        // A task queued from the next animation frame runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => startTransition(() => onQuery(next)), 0));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown') return;
        e.preventDefault();
        onArrowDown();
      }}
    />
  );
}
