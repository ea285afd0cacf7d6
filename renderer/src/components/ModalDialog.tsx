import { useEffect, useRef, type ReactNode } from 'react';
import './modalDialog.css';

interface Props {
  title: string;
  titleId: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, right-aligned. */
  footer?: ReactNode;
  /** Names a body that scrolls, making it a focusable region so keyboard users can scroll it. */
  bodyLabel?: string;
}

/** A modal dialog that takes focus, closes on Escape or a backdrop click, and hands focus back where it was. */
export function ModalDialog({ title, titleId, className, onClose, children, footer, bodyLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[autofocus], input, textarea, select');
    (first ?? box.current)?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        tabIndex={-1}
        className={`modal-dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="dialog-heading">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="tool-button" onClick={onClose} aria-label={`Close ${title}`}>
            ✕
          </button>
        </div>
        {bodyLabel ? (
          <div className="modal-body" role="region" aria-label={bodyLabel} tabIndex={0}>
            {children}
          </div>
        ) : (
          <div className="modal-body">{children}</div>
        )}
        {footer && <div className="modal-footer">{footer}</div>}
      </div>
    </div>
  );
}
