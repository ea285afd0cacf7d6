import type { Workspace } from '../workspace';
import type { ExtractionPool } from './createExtractionPool';
import type { ImportLimits } from './importLimits';

/** What one import or re-index job gives each file it reads. */
export interface ImportContext {
  ws: Workspace;
  worker: ExtractionPool;
  signal: AbortSignal;
  limits: ImportLimits;
  onProgress(): void;
  /** A document's pages are stored (imported or re-indexed): pages that need OCR get queued. */
  indexed(documentId: string): void;
}
