/**
 * Reading a case file: each record split into encounters (date of service, type, provider, facility, each with a
 * confidence), the chronology with the reviewer's corrections kept as data, near-duplicate pages grouped under a
 * principal page (never deleted), side-by-side comparison, and review coverage from the pages displayed. Runs in
 * the background per workspace after imports, syncs and re-indexing, on the per-page text of the index.
 */
export * from './analyzeCase';
export * from './changeDuplicates';
export * from './comparePages';
export * from './correctEncounter';
export * from './createAnalysisQueue';
export * from './describeHits';
export * from './listChronology';
export * from './listDuplicateGroups';
export * from './listLetterEncounters';
export * from './recordPageViews';
export * from './setEncounterBoundary';
export * from './warmUpAnalysis';
