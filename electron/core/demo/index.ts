/**
 * The demo workspace: synthetic cases and record PDFs generated in code (nothing read from outside the repo).
 */
export * from './seedDemoWorkspace';
