/**
 * The case workspace: three resizable panes (records, determination, checks) for one case.
 */
export * from './CaseWorkspace';
