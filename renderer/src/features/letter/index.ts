/**
 * The letter preview, signing dialog and signed banner.
 */
export * from './FinalizeToolbar';
export * from './SignedBanner';
export * from './useFinalize';
