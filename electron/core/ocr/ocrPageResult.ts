import type { Affine } from './image/straightenPage';

/** One recognized word: text, confidence 0-100, box in OCR-image pixels (x0, y0, x1, y1), and its line number. */
export type OcrWord = [text: string, confidence: number, x0: number, y0: number, x1: number, y1: number, line: number];

export interface OcrPageResult {
  text: string;
  words: OcrWord[];
  /** Mean word confidence, 0-100 (100 for a page without words). */
  confidence: number;
  /** OCR-image pixel -> page space: PDF user space for PDF pages, image pixels for image files. */
  toPage: Affine;
  imageWidth: number;
  imageHeight: number;
  /** The resolution the page was read at (lower than asked when the page is huge). */
  dpi: number;
  rotation: 0 | 90 | 180 | 270;
  skewDegrees: number;
  speckles: number;
  /** Milliseconds per step; heldMs is the time the page waited while the reviewer typed (createOcrHold). */
  timings: { renderMs: number; cleanMs: number; recognizeMs: number; heldMs: number };
}

export type OcrFailureReason = 'unreadable' | 'too-large' | 'timeout' | 'crashed' | 'out-of-memory' | 'cancelled';

export type OcrPageOutcome =
  { ok: true; result: OcrPageResult } | { ok: false; reason: OcrFailureReason; message: string };
