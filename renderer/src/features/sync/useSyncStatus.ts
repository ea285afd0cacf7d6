import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../../shared/ipc';
import { call, onBackendEvent } from '../../api';
import { useLatestReply } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

const POLL_WHILE_RUNNING_MS = 400;

export interface SignInOutcome {
  /** The demo cases were replaced: how many, and the backup kept just before. */
  replacedDemo: { cases: number; backup: string } | null;
}

export interface SyncControls {
  status: SyncStatus | null;
  /** A call failed before reaching the server (not connected, not signed in, back end gone). */
  error: string | null;
  refresh(): Promise<void>;
  run(acceptRemovals?: boolean): Promise<void>;
  configure(serverUrl: string, token: string, replaceLocalWork?: boolean): Promise<SignInOutcome>;
  /** Sign in with a one-time code; the passphrase seals a signing key made now when there is none. */
  enrol(serverUrl: string, code: string, passphrase?: string, replaceLocalWork?: boolean): Promise<SignInOutcome>;
  signOut(): Promise<void>;
}

/**
 * The sync status, refreshed when the window regains focus and polled only while a sync runs: an idle timer
 * would count as reviewer activity and keep the workstation from locking itself.
 */
export function useSyncStatus(onSynced: () => void): SyncControls {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wasRunning = useRef(false);
  const synced = useRef(onSynced);
  synced.current = onSynced;
  const polls = useLatestReply();

  const apply = useCallback((next: SyncStatus) => {
    setStatus(next);
    if (wasRunning.current && !next.running) synced.current();
    wasRunning.current = next.running;
  }, []);

  // Asked on focus and every POLL_WHILE_RUNNING_MS: a slow older answer must not replace a newer one.
  const refresh = useCallback(
    () => polls.track(call('sync.status', {}), apply, (e) => setError(errorMessage(e))),
    [apply, polls],
  );
  /** The answer to the reviewer's own action is newer than any poll still on its way. */
  const applyAction = useCallback(
    (next: SyncStatus) => {
      polls.drop();
      apply(next);
    },
    [apply, polls],
  );

  useEffect(() => {
    void refresh();
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    // Background syncs (the scheduler, an upload right after signing) show here as they run.
    const stopEvents = onBackendEvent((event) => {
      if (event.type === 'sync.changed' || event.type === 'hello') void refresh();
    });
    return () => {
      stopEvents();
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  useEffect(() => {
    if (!status?.running) return;
    const timer = window.setInterval(() => void refresh(), POLL_WHILE_RUNNING_MS);
    return () => window.clearInterval(timer);
  }, [status?.running, refresh]);

  const run = useCallback(
    async (acceptRemovals = false) => {
      setError(null);
      polls.drop();
      wasRunning.current = true;
      setStatus((s) => (s ? { ...s, running: true } : s));
      try {
        applyAction(await call('sync.run', acceptRemovals ? { acceptRemovals } : {}));
      } catch (e) {
        wasRunning.current = false;
        setError(errorMessage(e));
        await refresh();
      }
    },
    [applyAction, refresh, polls],
  );

  /** A sign-in (token or enrolment code) answered: show its status and say whether the demo was replaced. */
  const signedIn = useCallback(
    ({ replacedDemo, ...next }: SyncStatus & SignInOutcome): SignInOutcome => {
      applyAction(next);
      setError(null);
      synced.current();
      return { replacedDemo };
    },
    [applyAction],
  );

  const configure = useCallback(
    async (serverUrl: string, token: string, replaceLocalWork = false): Promise<SignInOutcome> =>
      signedIn(await call('sync.configure', { serverUrl, token, ...(replaceLocalWork ? { replaceLocalWork } : {}) })),
    [signedIn],
  );

  const enrol = useCallback(
    async (serverUrl: string, code: string, passphrase?: string, replaceLocalWork = false): Promise<SignInOutcome> =>
      signedIn(
        await call('sync.enrol', {
          serverUrl,
          code,
          ...(passphrase ? { passphrase } : {}),
          ...(replaceLocalWork ? { replaceLocalWork } : {}),
        }),
      ),
    [signedIn],
  );

  const signOut = useCallback(async () => applyAction(await call('sync.signOut', {})), [applyAction]);

  return { status, error, refresh, run, configure, enrol, signOut };
}
