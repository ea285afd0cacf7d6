/**
 * Demo data for a fresh server: a reviewer, a token, cases with generated record PDFs.
 */
export * from './seedDemoData';
