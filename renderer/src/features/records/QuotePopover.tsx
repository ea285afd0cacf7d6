import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';

interface Props {
  anchor: Range;
  onQuote: () => void;
  onHighlight: () => void;
  onClose: () => void;
}

/** Floats beside the selected text: quote it into the rationale, or just highlight it. */
export function QuotePopover({ anchor, onQuote, onHighlight, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect() };
    void computePosition(reference, el, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      Object.assign(el.style, { left: `${x}px`, top: `${y}px` });
    });
  }, [anchor]);
  return (
    <div
      ref={ref}
      className="quote-popover"
      role="toolbar"
      aria-label="Selected text"
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <button type="button" onClick={onQuote}>
        Quote into rationale
      </button>
      <button type="button" onClick={onHighlight}>
        Highlight
      </button>
    </div>
  );
}
