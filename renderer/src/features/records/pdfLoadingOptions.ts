/** Local records up to this size load whole: on loopback one response beats many range requests. */
export const WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/** How pdf.js fetches a record of this size; shared with bench/records so the benchmark loads files the same way. */
export function pdfLoadingOptions(sizeBytes: number): { disableRange: true } | { disableAutoFetch: true; disableStream: true; rangeChunkSize: number } {
  return sizeBytes <= WHOLE_FILE_BYTES ? { disableRange: true } : { disableAutoFetch: true, disableStream: true, rangeChunkSize: 65536 };
}
