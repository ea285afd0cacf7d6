import { useCallback, useEffect, useState } from 'react';
import type { CaseRecord, Determination } from '../../../../shared/domain';

import { AppError, type ErrorCode } from '../../../../shared/ipc';

import { call } from '../../api';
import { useLatestReply } from '../../components';
import { appCitationCatalog } from './citations/appCitationCatalog';
import { errorMessage } from '../../../../shared/errorMessage';

export interface DraftState {
  draft: Determination | null;
  caseRecord: CaseRecord | null;
  error: { code: ErrorCode | null; message: string } | null;
  /** Bumped on every (re)load, so editors remount with the loaded text. */
  generation: number;
}

/** The case's draft and record, loaded together with the reviewer's catalog; reload() after a version restore. */
export function useDeterminationDraft(caseId: string): DraftState & { reload: () => void } {
  const [state, setState] = useState<DraftState>({ draft: null, caseRecord: null, error: null, generation: 0 });
  const [request, setRequest] = useState(0);
  const loading = useLatestReply();

  useEffect(() => {
    // The picker works with the built-in catalog even if the reviewer's own entries fail to load.
    const catalog = appCitationCatalog.ready().catch(() => undefined);
    void loading.track(
      Promise.all([call('determinations.get', { caseId }), call('cases.get', { caseId }), catalog]),
      ([draft, detail]) =>
        setState((s) => ({ draft, caseRecord: detail.case, error: null, generation: s.generation + 1 })),
      (e) => {
        const code = e instanceof AppError ? e.code : null;
        setState((s) => ({ ...s, draft: null, error: { code, message: errorMessage(e) } }));
      },
    );
    // A reload (after a restore) or another case: the draft asked for before must not replace it.
    return loading.drop;
  }, [caseId, request, loading]);

  const reload = useCallback(() => setRequest((n) => n + 1), []);
  return { ...state, reload };
}
