import { z } from 'zod';

const ids = z.array(z.string().min(1).max(100)).max(1000);

/**
 * What the back end tells the window about changes it made by itself (background sync, indexing, its own idle lock),
 * so a view refreshes what it shows instead of waiting for a click. Events name what changed, never the data itself:
 * the window asks for that through the contract as usual. The same vocabulary travels over Electron IPC and the
 * shell's event stream.
 */
export const backendEventSchema = z.discriminatedUnion('type', [
  /** First on every new event stream: events may have been missed before it, so refresh whatever is shown. */
  z.object({ type: z.literal('hello') }),
  /** The session locked, unlocked or closed the workspace on its own (idle, sleep, a replaced database file). */
  z.object({ type: z.literal('session.changed') }),
  /** A sync started, progressed or finished (run), or a signed determination joined the outbox (outbox). */
  z.object({ type: z.literal('sync.changed'), reason: z.enum(['run', 'outbox']) }),
  /** Cases were added, updated, withdrawn or removed by sync; an empty list means any of them. */
  z.object({ type: z.literal('cases.changed'), caseIds: ids }),
  /** Documents of a case changed: a record finished downloading, was indexed, imported or marked. */
  z.object({ type: z.literal('records.changed'), caseId: z.string().min(1).max(100), documentIds: ids }),
]);
export type BackendEvent = z.infer<typeof backendEventSchema>;
export type BackendEventType = BackendEvent['type'];

/** The Electron IPC channel events travel on (main → window). */
export const EVENT_CHANNEL = 'api:event';
