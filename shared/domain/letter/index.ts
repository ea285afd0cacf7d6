/**
 * The letter model: what the Final Determination Letter says, built from a case and its determination.
 */
export * from './buildDocumentsReviewed';
export * from './buildLetterModel';
export * from './letterModel';
export * from './letterToPlainText';
export * from './placeCitations';
