import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckRun } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import type { SaveQueue } from '../determination';
import { errorMessage } from '../../../../shared/errorMessage';

export interface CaseChecks {
  run: CheckRun | null;
  error: string | null;
  /** Run again soon (debounced); every completed save and every reviewed-mark change calls it. */
  refresh(): void;
  acknowledge(key: string, acknowledged: boolean): Promise<void>;
}

const DEBOUNCE_MS = 250;

/**
 * The pre-sign findings of the stored draft, re-run by the back end after each completed save: the same rules,
 * UR text and letter that signing enforces, so the panel and the Sign button never disagree.
 */
export function useCaseChecks(caseId: string, queue: SaveQueue, documentsKey: string): CaseChecks {
  const [run, setRun] = useState<CheckRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const runs = useLatestReply();

  // Runs overlap while the reviewer types: the findings of an earlier run must not replace a later run's.
  const runNow = useCallback(() => {
    void runs.track(
      call('checks.run', { caseId }),
      (next) => {
        setRun(next);
        setError(null);
      },
      (e) => setError(errorMessage(e)),
    );
  }, [caseId, runs]);

  const refresh = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(runNow, DEBOUNCE_MS);
  }, [runNow]);

  useEffect(() => {
    let previous = queue.state().state;
    return queue.subscribe(() => {
      const state = queue.state().state;
      if (state === 'saved' && previous !== 'saved') refresh();
      previous = state;
    });
  }, [queue, refresh]);

  useEffect(() => refresh(), [refresh, documentsKey]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const acknowledge = useCallback(
    async (key: string, acknowledged: boolean) => {
      try {
        await call('checks.acknowledge', { caseId, key, acknowledged });
        runNow();
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [caseId, runNow],
  );

  return { run, error, refresh, acknowledge };
}
