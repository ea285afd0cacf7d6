/**
 * Assigned cases: the inbox list, a case's detail, the documents-reviewed flag, and requireCase.
 */
export * from './countInboxCases';
export * from './listCaseSummaries';
export * from './openCase';
export * from './requireCase';
export * from './setDocumentReviewed';
