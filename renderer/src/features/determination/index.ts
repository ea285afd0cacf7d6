/**
 * The determination editor: TipTap editors for the summary and each item's rationale (editor/ holds one folder
 * per extension), the citation picker's catalog, autosave and version history.
 */
export * from './DeterminationPanel';
export * from './SaveIndicator';
export * from './saveQueue';
