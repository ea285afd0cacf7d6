import { startTransition, useState, type Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  /** The query, handed on as a transition: the list follows a keystroke without holding up its echo. */
  onQuery: (query: string) => void;
  onArrowDown: () => void;
}

/**
 * The inbox's search box. It keeps the text it shows, so a keystroke repaints only this field at once; filtering
 * ten thousand cases and redrawing the rows happens in a transition that React can interrupt for the next key.
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
        startTransition(() => onQuery(next));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown') return;
        e.preventDefault();
        onArrowDown();
      }}
    />
  );
}
