/**
 * The audit trail: the one way capabilities record what happened (hash-chained, append-only), and its verification.
 */
export * from './adoptServerAuditHead';
export * from './auditAnchorStore';
export * from './checkAuditAnchor';
export * from './exportAuditTrail';
export * from './recordAuditEvent';
export * from './recordDeterminationEdited';
export * from './recordDocumentViewed';
export * from './verifyAgainstAnchor';
export * from './verifyAuditTrail';
