/**
 * The workspace's part of the citation catalog: local literature entries and recent picks, merged with the shipped catalog.
 */
export * from './addLiterature';
export * from './catalogForChecks';
export * from './listLocalCatalog';
export * from './recordCatalogPick';
export * from './removeLiterature';
