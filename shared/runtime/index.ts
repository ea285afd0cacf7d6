/**
 * Process-level safety nets shared by the long-running processes.
 */
export * from './installCrashHandlers';
