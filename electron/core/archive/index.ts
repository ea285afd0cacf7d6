/**
 * Archiving closed cases past a retention time: out of the inbox, packages kept and verifiable, record text kept
 * searchable or dropped per policy, and the workspace file shrunk.
 */
export * from './archiveClosedCases';
export * from './archivePolicy';
export * from './describeArchive';
export * from './findArchivableCases';
