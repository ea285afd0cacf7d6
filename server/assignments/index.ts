/**
 * Assigning and withdrawing cases, and reading a case folder to assign.
 */
export * from './assignCase';
export * from './caseFolderSchema';
export * from './readCaseFolder';
export * from './withdrawCase';
