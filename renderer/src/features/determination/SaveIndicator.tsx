import { useSyncExternalStore } from 'react';
import type { SaveQueue } from './saveQueue';

const TEXT = {
  saved: 'All changes saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  error: 'Not saved',
} as const;

export function SaveIndicator({ queue }: { queue: SaveQueue }) {
  const snap = useSyncExternalStore(queue.subscribe, queue.state);
  return (
    <span className={`save-indicator save-${snap.state}`} role="status" aria-live="polite" data-save-state={snap.state}>
      {TEXT[snap.state]}
      {snap.state === 'error' && snap.error ? ` — ${snap.error} It will retry on your next edit.` : ''}
    </span>
  );
}
