/**
 * OCR of page images, offline: tesseract.js (WASM) in low-priority worker threads, each page rasterized with
 * pdf.js (or decoded from PNG, JPEG or TIFF), cleaned up (speckle, orientation, tilt) and read into words with
 * boxes. Knows nothing of workspaces: records/ queues pages and stores what comes back.
 */
export * from './createOcrPool';
export * from './ocrEnginePaths';
export * from './ocrPageResult';
export * from './ocrSettings';
export type { Affine } from './image/straightenPage';
