/**
 * Guideline citations in one place: the catalog entry and chip snapshot schemas, formatting (guideline line,
 * claims administrator line), and the shipped catalog with its ranked search.
 */
export * from './catalog/createCatalogSearch';
export * from './catalog/literatureEntry';
export * from './catalog/loadCatalog';
export * from './citation';
export * from './format/formatGuidelineLine';
export * from './format/formatShortCitation';
export * from './format/toCitationSnapshot';
