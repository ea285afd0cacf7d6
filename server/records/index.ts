/**
 * Facts about record files an organisation assigns: page counts and media types.
 */
export * from './countPdfPages';
export * from './mimeTypeOf';
