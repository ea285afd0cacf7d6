/** Which English model tesseract.js reads with: tessdata_fast (default) or the npm registry's best_int. */
export type OcrModel = 'fast' | 'best';

/** What a page was read with; stored with every result so a reviewer (or a re-run) knows how the text came about. */
export interface OcrSettings {
  model: OcrModel;
  /** Target resolution for rasterizing PDF pages; images are read at their own resolution. */
  dpi: number;
  /** Largest raster in pixels: a huge page is read at a lower resolution instead of exhausting memory. */
  maxPixels: number;
  /** Turn sideways and upside-down pages upright, and straighten tilted ones, before reading. */
  straighten: boolean;
  /** Clear fax speckle before reading. */
  despeckle: boolean;
}

export const DEFAULT_OCR_SETTINGS: OcrSettings = {
  model: 'fast',
  dpi: 300,
  maxPixels: 24_000_000,
  straighten: true,
  despeckle: true,
};

/** Mean word confidence (0-100) below which a page is flagged for reading by eye. */
export const LOW_CONFIDENCE = 70;
