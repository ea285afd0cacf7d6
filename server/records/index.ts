/**
 * The server's record file store.
 */
export * from './countPdfPages';
export * from './createRecordStore';
export * from './mimeTypeOf';
