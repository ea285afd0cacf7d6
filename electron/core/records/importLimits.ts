import type { ExtractionLimits } from './createExtractionPool';

export interface ImportLimits extends ExtractionLimits {
  /** Largest file accepted; bigger files are refused with a message before any byte is sent. */
  maxFileBytes: number;
  /** Upload bytes held in memory at once, over all unfinished uploads. */
  maxStagedBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 300 * 1024 * 1024,
  maxStagedBytes: 1024 * 1024 * 1024,
  stallMs: 30_000,
  fileMs: 10 * 60_000,
};
