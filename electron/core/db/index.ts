/**
 * The encrypted SQLite database: open (PRAGMAs, key), numbered migrations, one repository per table group,
 * and the audit hash chain the database enforces.
 */
export * from './auditHash';
export * from './keyProvider';
export * from './migrate';
export * from './openDatabase';
export * from './openDatabaseWorker';
export * from './repositories/acknowledgmentRepository';
export * from './repositories/auditRepository';
export * from './repositories/caseAnalysisRepository';
export * from './repositories/caseRepository';
export * from './repositories/documentRepository';
export * from './repositories/draftLineageRepository';
export * from './repositories/draftRepository';
export * from './repositories/duplicateRepository';
export * from './repositories/encounterRepository';
export * from './repositories/highlightRepository';
export * from './repositories/itemRepository';
export * from './repositories/literatureRepository';
export * from './repositories/ocrRepository';
export * from './repositories/localWorkRepository';
export * from './repositories/outboxUploadRepository';
export * from './repositories/pageViewRepository';
export * from './repositories/recentPickRepository';
export * from './repositories/recordPageRepository';
export * from './repositories/settingsRepository';
export * from './repositories/signedDeterminationRepository';
export * from './repositories/snippetRepository';
export * from './repositories/syncCaseFlagRepository';
export * from './repositories/syncCaseRepository';
export * from './repositories/syncOutboxRepository';
export * from './repositories/syncStateRepository';
export * from './repositories/syncUploadProblemRepository';
export * from './repositories/trustedSignerRepository';
export * from './repositories/versionRepository';
export * from './repositories/viewingCopyRepository';
