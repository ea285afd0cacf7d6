/**
 * Building blocks every feature uses: the modal dialog, error banner and root error boundary, the stale-reply guard.
 */
export * from './ErrorBanner';
export * from './ModalDialog';
export * from './RootErrorBoundary';
export * from './isMac';
export * from './scrollParentOf';
export * from './useLatestReply';
