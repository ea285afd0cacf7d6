import { useEffect, useState } from 'react';
import type { DocumentCoverage } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import { onWorkspaceEvent } from '../../events';

/** Pages seen per document of a case, read again whenever the viewer records pages as seen. */
export function useCoverage(caseId: string, version: unknown): ReadonlyMap<string, DocumentCoverage> {
  const [coverage, setCoverage] = useState<ReadonlyMap<string, DocumentCoverage>>(new Map());
  const [round, setRound] = useState(0);
  const reply = useLatestReply();
  useEffect(() => onWorkspaceEvent('pagesSeen', () => setRound((r) => r + 1)), []);
  useEffect(() => {
    void reply.track(
      call('coverage.list', { caseId }),
      (rows) => setCoverage(new Map(rows.map((r) => [r.documentId, r]))),
      () => undefined,
    );
    return reply.drop;
  }, [caseId, reply, version, round]);
  return coverage;
}
