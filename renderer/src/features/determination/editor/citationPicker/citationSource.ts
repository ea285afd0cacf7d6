import type { RankedEntry } from '../../../../../../shared/citations';

/** What the picker asks while the reviewer types after [[: ranked hits for the case, and a note of each pick. */
export interface CitationSource {
  search(query: string): RankedEntry[];
  picked(entry: RankedEntry): void;
}
