import type { Snippet } from '../../../../../shared/domain';

/** What the ;; picker asks while the reviewer types: the snippets matching the words, best first. */
export interface SnippetSource {
  search(query: string): Snippet[];
}
