/**
 * The reviewer profile and letter settings kept in the workspace.
 */
export * from './letterSettings';
export * from './paneLayouts';
export * from './reviewerProfileSetting';
export * from './saveReviewerProfile';
