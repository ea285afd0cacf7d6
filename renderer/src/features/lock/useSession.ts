import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionStatus } from '../../../../shared/ipc';
import { call, onBackendEvent } from '../../api';
import { useLatestReply } from '../../components';
import { runBeforeLockHooks } from './beforeLock';
import { watchActivity } from './watchActivity';
import { errorMessage } from '../../../../shared/errorMessage';

const POLL_MS = 1500;
const REPORT_ACTIVITY_MS = 60_000;
const TICK_MS = 5000;
/** Timers stop while the computer sleeps: a tick this late means it slept, so lock as for sleep. */
const SLEPT_MS = 60_000;

type LockReason = 'idle' | 'manual' | 'system';

/**
 * The window's view of the session: polls the status (the back end may lock on sleep or its own timer),
 * locks after the idle time, and always lets pending saves finish before it locks.
 */
export function useSession() {
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastActivity = useRef(0);
  const lastReported = useRef(0);
  const locking = useRef(false);
  const polls = useLatestReply();

  // Polled, and asked again on focus: an answer from before must never put back a state that has moved on.
  const refresh = useCallback(
    () =>
      polls.track(
        call('session.status', {}),
        (next) => {
          setStatus(next);
          setError(null);
        },
        (e) => setError(errorMessage(e)),
      ),
    [polls],
  );
  /** A status the window was just given (lock, unlock, settings) is newer than any poll on its way: "unlocked" must not come back after a lock. */
  const acceptStatus = useCallback(
    (next: SessionStatus) => {
      polls.drop();
      setStatus(next);
    },
    [polls],
  );

  const lock = useCallback(
    async (reason: LockReason) => {
      if (locking.current) return;
      locking.current = true;
      try {
        await runBeforeLockHooks();
        acceptStatus(await call('session.lock', { reason }));
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        locking.current = false;
      }
    },
    [acceptStatus],
  );

  useEffect(() => {
    void refresh();
    const onReturn = () => document.visibilityState === 'visible' && void refresh();
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    // Over IPC a poll is free and is how sleep and screen lock reach the window; over HTTP the shell has neither.
    const timer = window.workstation?.transport === 'electron' ? setInterval(() => void refresh(), POLL_MS) : undefined;
    // The back end says when it locked by itself (its idle timer, a replaced database file), on either transport.
    const stopEvents = onBackendEvent((event) => {
      if (event.type === 'session.changed' || event.type === 'hello') void refresh();
    });
    return () => {
      stopEvents();
      clearInterval(timer);
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [refresh]);

  const unlocked = status?.state === 'unlocked';
  const autoLockMinutes = status?.autoLockMinutes ?? 15;
  const lockRequested = status?.lockRequested ?? false;

  useEffect(() => {
    if (!unlocked) return;
    lastActivity.current = Date.now();
    const stop = watchActivity(window, () => {
      lastActivity.current = Date.now();
      if (lastActivity.current - lastReported.current < REPORT_ACTIVITY_MS) return;
      lastReported.current = lastActivity.current;
      void call('session.activity', {}).catch(() => undefined);
    });
    let lastTick = Date.now();
    const idle = setInterval(() => {
      const now = Date.now();
      const slept = now - lastTick > SLEPT_MS;
      lastTick = now;
      if (slept) void lock('system');
      else if (now - lastActivity.current >= autoLockMinutes * 60_000) void lock('idle');
    }, TICK_MS);
    return () => {
      stop();
      clearInterval(idle);
    };
  }, [unlocked, autoLockMinutes, lock]);

  useEffect(() => {
    if (unlocked && lockRequested) void lock('system');
  }, [unlocked, lockRequested, lock]);

  return { status, error, setStatus: acceptStatus, refresh, lock };
}
