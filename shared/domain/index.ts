/**
 * The case and determination model shared by every runtime: cases, items, decisions, the reviewer profile,
 * the signed package manifest.
 */
export * from './caseModel';
export * from './caseStatuses';
export * from './determination';
export * from './reviewerProfile';
export * from './signedPackage';
export * from './snippet';
