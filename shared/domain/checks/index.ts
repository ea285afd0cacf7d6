/**
 * The pre-sign checks as pure rules (rules/), the text analysis they use (text/), and the catalog of check codes.
 */
export * from './checkCatalog';
export * from './checkFinding';
export * from './checkTarget';
export * from './runPreSignChecks';
export * from './signingBlockers';
