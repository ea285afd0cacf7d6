import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

export type ChronologyData = MethodOutput<'chronology.list'>;

export interface Chronology {
  data: ChronologyData | null;
  error: string | null;
  refresh(): void;
}

const POLL_MS = 1500;

/**
 * The case's encounters and key dates, read again whenever `version` changes (an import, a correction) and every
 * 1.5 s while the background analysis is queued or running.
 */
export function useChronology(caseId: string, version: unknown): Chronology {
  const [data, setData] = useState<ChronologyData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reply = useLatestReply();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    void reply.track(
      call('chronology.list', { caseId }),
      (next) => {
        setData(next);
        setError(null);
        if (next.analysis.state !== 'idle') timer = setTimeout(() => setRound((r) => r + 1), POLL_MS);
      },
      (e) => setError(errorMessage(e)),
    );
    return () => {
      clearTimeout(timer);
      reply.drop();
    };
  }, [caseId, reply, version, round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, refresh };
}
