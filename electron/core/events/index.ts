/**
 * Back-end events: services say what they changed by themselves (a record downloaded or indexed, a sync finished,
 * the session locked) so the window's views follow the data; the vocabulary is shared/ipc/backendEvents.ts.
 */
export * from './backendEvents';
