/**
 * Creating reviewers.
 */
export * from './createReviewer';
