import { useEffect, useRef } from 'react';

/** Ctrl+Shift+S (Cmd+Shift+S on macOS) starts a sync from anywhere in the window. */
export function useSyncShortcut(onSync: () => void): void {
  const handler = useRef(onSync);
  handler.current = onSync;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        handler.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
