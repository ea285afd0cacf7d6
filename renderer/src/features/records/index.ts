/**
 * The records pane: documents list, import, the pdf.js viewer with text layer, search, highlights, quotes.
 */
export * from './RecordViewer';
export * from './holdOcrWhileTyping';
export * from './RecordsSidebar';
export * from './loadPdfjs';
export * from './useCaseRecords';
