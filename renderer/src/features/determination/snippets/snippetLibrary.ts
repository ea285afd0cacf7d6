import type { Snippet } from '../../../../../shared/domain';
import { call } from '../../../api';
import { searchSnippets } from './searchSnippets';
import type { SnippetSource } from './snippetSource';

export interface SnippetLibrary extends SnippetSource {
  /** Loads (or reloads, after a save or an import) the reviewer's snippets. */
  refresh(): Promise<Snippet[]>;
  all(): Snippet[];
  subscribe(listener: () => void): () => void;
}

/** The reviewer's snippets in memory for the window: the ;; picker searches them on every keystroke. */
export function createSnippetLibrary(load: () => Promise<{ snippets: Snippet[] }>): SnippetLibrary {
  let snippets: Snippet[] = [];
  const listeners = new Set<() => void>();
  return {
    async refresh() {
      snippets = (await load()).snippets;
      listeners.forEach((l) => l());
      return snippets;
    },
    all: () => snippets,
    search: (query) => searchSnippets(snippets, query),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const appSnippetLibrary = createSnippetLibrary(() => call('snippets.list', {}));
