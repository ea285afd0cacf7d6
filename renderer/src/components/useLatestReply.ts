import { useEffect, useState } from 'react';

/**
 * Guards state against late replies. Each request is numbered when it starts; its outcome reaches the
 * callbacks only while it is still wanted:
 * - no reply to a newer `track`ed request has been delivered (an older answer never overwrites a newer one),
 * - `drop()` has not been called since it started (what it answers changed: the query, the document),
 * - the component is still mounted.
 */
export interface LatestReply {
  /**
   * Delivers the request's value to `onReply` or its failure to `onError` if it is still wanted when it settles.
   * The promise resolves once that is done (or skipped); it rejects only if a callback throws.
   */
  track<T>(request: Promise<T>, onReply: (value: T) => void, onError: (error: unknown) => void): Promise<void>;
  /**
   * For work that is not one reply (a chain of awaits, or several requests that each count, like blocks of
   * pages): returns the test to make before using each result, true until `drop()` or unmount.
   */
  begin(): () => boolean;
  /** Nothing started so far is wanted any more; use it as an effect's cleanup when the effect's inputs change. */
  drop(): void;
}

function createLatestReply() {
  let started = 0;
  let delivered = 0;
  let droppedUpTo = 0;
  let mounted = true;

  const api: LatestReply = {
    track(request, onReply, onError) {
      const mine = ++started;
      const wanted = () => mounted && mine > droppedUpTo && mine > delivered;
      return request.then(
        (value) => {
          if (!wanted()) return;
          delivered = mine;
          onReply(value);
        },
        (error: unknown) => {
          if (!wanted()) return;
          delivered = mine;
          onError(error);
        },
      );
    },
    begin() {
      const mine = ++started;
      return () => mounted && mine > droppedUpTo;
    },
    drop() {
      droppedUpTo = started;
    },
  };
  // Set again on every mount: StrictMode unmounts and remounts once, and work started before that still counts.
  const mount = () => {
    mounted = true;
    return () => {
      mounted = false;
    };
  };
  return { api, mount };
}

/** One guard per stream of replies (a list, a search, a status poll); the object is stable across renders. */
export function useLatestReply(): LatestReply {
  const [replies] = useState(createLatestReply);
  useEffect(() => replies.mount(), [replies]);
  return replies.api;
}
