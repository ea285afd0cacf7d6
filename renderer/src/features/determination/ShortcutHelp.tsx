import { useEffect, useRef } from 'react';
import { isMac } from '../../components';
import { editorShortcuts } from './editorShortcuts';

interface Props {
  onClose: () => void;
}

/** The keyboard shortcuts of the editor, in a small modal dialog that returns focus where it was. */
export function ShortcutHelp({ onClose }: Props) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="dialog-heading">
          <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
          <button
            ref={closeButton}
            type="button"
            className="tool-button"
            onClick={onClose}
            aria-label="Close keyboard shortcuts"
          >
            ✕
          </button>
        </div>
        <table className="shortcut-table">
          <tbody>
            {editorShortcuts.map((s) => (
              <tr key={`${s.keys.join('+')}-${s.action}`}>
                <td className="shortcut-keys">
                  {s.keys.map((k, i) => (
                    <span key={i}>
                      {i > 0 && k !== '[' ? '+' : ''}
                      <kbd>{k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
