/**
 * The determination draft: load, autosave, version history, and everything signing and letters need about a case.
 */
export * from './getVersion';
export * from './listVersions';
export * from './loadDetermination';
export * from './loadFinalizeInput';
export * from './restoreVersion';
export * from './saveDetermination';
export * from './snapshotDetermination';
export * from './takeManualSnapshot';
