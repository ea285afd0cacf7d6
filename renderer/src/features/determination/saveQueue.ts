import { errorMessage } from '../../../../shared/errorMessage';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface SaveQueue {
  /** Schedule a save under a key; a later value for the same key replaces an unsent one. */
  schedule(key: string, save: () => Promise<unknown>): void;
  flush(): Promise<void>;
  state(): { state: SaveState; error: string | null; lastSavedAt: string | null };
  subscribe(listener: () => void): () => void;
}

/** Debounced, serialized autosave: at most the last debounce window is ever unsaved. */
export function createSaveQueue(delayMs = 400): SaveQueue {
  const pending = new Map<string, () => Promise<unknown>>();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let snapshot: ReturnType<SaveQueue['state']> = { state: 'saved', error: null, lastSavedAt: null };

  // Typing schedules a save per keystroke: listeners hear only real state changes, so nothing re-renders per key.
  const set = (next: Partial<typeof snapshot>) => {
    const merged = { ...snapshot, ...next };
    if (
      merged.state === snapshot.state &&
      merged.error === snapshot.error &&
      merged.lastSavedAt === snapshot.lastSavedAt
    )
      return;
    snapshot = merged;
    listeners.forEach((l) => l());
  };

  const drain = async (): Promise<void> => {
    while (pending.size > 0) {
      const [key, save] = pending.entries().next().value as [string, () => Promise<unknown>];
      pending.delete(key);
      set({ state: 'saving' });
      try {
        await save();
        set({ error: null, lastSavedAt: new Date().toISOString() });
      } catch (error) {
        if (!pending.has(key)) pending.set(key, save);
        set({ state: 'error', error: errorMessage(error) });
        return;
      }
    }
    set({ state: 'saved' });
  };

  const run = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    schedule(key, save) {
      pending.set(key, save);
      set({ state: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    async flush() {
      while (pending.size > 0 || running) {
        await run();
        if (snapshot.state === 'error') return;
      }
    },
    state: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
