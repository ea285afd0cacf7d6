/**
 * The Final Determination Letter: building it for a case, laying it out and rendering the PDF, previewing it.
 */
export * from './buildCaseLetter';
export * from './previewLetter';
export * from './readPdfMetadata';
export * from './recordLetterSaved';
export * from './renderLetterPdf';
