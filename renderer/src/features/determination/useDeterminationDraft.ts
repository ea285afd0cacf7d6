import { useCallback, useEffect, useState } from 'react';
import type { CaseRecord } from '../../../../shared/domain/caseModel';
import type { Determination } from '../../../../shared/domain/determination';
import type { ErrorCode } from '../../../../shared/ipc/appError';
import { AppError } from '../../../../shared/ipc/appError';
import { call } from '../../api';
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

  useEffect(() => {
    let live = true;
    // The picker works with the built-in catalog even if the reviewer's own entries fail to load.
    const catalog = appCitationCatalog.ready().catch(() => undefined);
    Promise.all([call('determinations.get', { caseId }), call('cases.get', { caseId }), catalog])
      .then(([draft, detail]) => {
        if (live) setState((s) => ({ draft, caseRecord: detail.case, error: null, generation: s.generation + 1 }));
      })
      .catch((e: unknown) => {
        if (!live) return;
        const code = e instanceof AppError ? e.code : null;
        setState((s) => ({ ...s, draft: null, error: { code, message: errorMessage(e) } }));
      });
    return () => {
      live = false;
    };
  }, [caseId, request]);

  const reload = useCallback(() => setRequest((n) => n + 1), []);
  return { ...state, reload };
}
