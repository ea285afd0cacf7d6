/**
 * Case records: import and re-index jobs (pdf.js in worker threads), background OCR of scanned pages, the per-page
 * full-text index and search, viewing copies of long PDFs, highlights, and serving a record by HTTP Range.
 */
export * from './commitImportedDocument';
export * from './createOcrQueue';
export * from './createRecordJobs';
export * from './createUploadStaging';
export * from './importLimits';
export * from './listDocumentsReviewed';
export * from './listRecordDocuments';
export * from './matchTermsOnPage';
export * from './readOcrPage';
export * from './readPageTexts';
export * from './readRecordRange';
export * from './readUrDenialText';
export * from './removeHighlight';
export * from './saveHighlight';
export * from './searchRecords';
export * from './startOcr';
export * from './startImport';
export * from './startRebuildIndex';
export * from './updateRecordDocument';
