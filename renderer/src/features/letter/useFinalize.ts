import { useCallback, useEffect, useMemo, useState } from 'react';
import { AppError, type CheckFindingData, type SigningState } from '../../../../shared/ipc';

import { call } from '../../api';
import { useLatestReply } from '../../components';
import { jumpToFinding, useCaseChecks, type CaseChecks } from '../checks';

import type { SaveQueue } from '../determination';
import type { CaseRecords } from '../records';
import { errorMessage } from '../../../../shared/errorMessage';

export type FinalizeDialog = 'preview' | 'sign' | 'profile' | null;

export interface Finalize {
  checks: CaseChecks;
  signing: SigningState | null;
  /** Why Sign is disabled, in words; null when the reviewer may sign. */
  signBlockedReason: string | null;
  /** Bumped after signing or a new version: the editor remounts and reads `locked` again. */
  generation: number;
  dialog: FinalizeDialog;
  drawerOpen: boolean;
  setDialog(dialog: FinalizeDialog): void;
  toggleDrawer(): void;
  jump(finding: CheckFindingData): void;
  flush(): Promise<void>;
  sign(passphrase: string | undefined): Promise<string | null>;
  newVersion(): Promise<void>;
  error: string | null;
}

/** Checks, preview, signing and new versions for one case workspace. */
export function useFinalize(caseId: string, queue: SaveQueue, records: CaseRecords): Finalize {
  const documentsKey = records.documents
    .map((d) => `${d.id}:${d.reviewed ? 1 : 0}:${d.unavailable === null ? 1 : 0}`)
    .join(',');
  const checks = useCaseChecks(caseId, queue, documentsKey);
  const [signing, setSigning] = useState<SigningState | null>(null);
  const [generation, setGeneration] = useState(0);
  const [dialog, setDialog] = useState<FinalizeDialog>(null);
  // A one-line summary until the reviewer opens it: the record and the editor keep the room.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signingState = useLatestReply();

  // Loaded on open and again after signing or a new version: the state from before must not come back.
  const loadSigning = useCallback(() => {
    void signingState.track(call('determinations.signedVersions', { caseId }), setSigning, (e) =>
      setError(errorMessage(e)),
    );
  }, [caseId, signingState]);
  useEffect(() => {
    loadSigning();
    return signingState.drop;
  }, [loadSigning, signingState]);

  const flush = useCallback(() => queue.flush(), [queue]);
  const { run, refresh } = checks;
  const signBlockedReason = useMemo(() => {
    if (!run) return 'The checks are still running.';
    if (run.locked) return 'This determination is signed.';
    const errors = run.findings.filter((f) => f.severity === 'error').length;
    const warnings = run.blockerKeys.length - errors;
    if (errors + warnings === 0) return null;
    const parts = [
      errors > 0 ? `${errors} error${errors === 1 ? '' : 's'} to fix` : '',
      warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'} to acknowledge` : '',
    ];
    return `Sign is unavailable: ${parts.filter(Boolean).join(' and ')}.`;
  }, [run]);

  const afterLockChange = useCallback(() => {
    setGeneration((g) => g + 1);
    loadSigning();
    refresh();
  }, [loadSigning, refresh]);

  const sign = useCallback(
    async (passphrase: string | undefined): Promise<string | null> => {
      try {
        await queue.flush();
        const unsaved = queue.state();
        // The letter is built from what is stored: an edit the window still holds would be missing from it.
        if (unsaved.state !== 'saved')
          return `Not signed: your last edit is not saved${unsaved.error ? ` (${unsaved.error})` : ''}. The signed letter would leave it out. Sign once the editor says "All changes saved".`;
        await call('determinations.sign', passphrase === undefined ? { caseId } : { caseId, passphrase });
        setDialog(null);
        afterLockChange();
        return null;
      } catch (e) {
        if (e instanceof AppError && e.code === 'CHECKS_FAILED') refresh();
        return errorMessage(e);
      }
    },
    [caseId, queue, afterLockChange, refresh],
  );

  const newVersion = useCallback(async () => {
    try {
      await call('determinations.newVersion', { caseId });
      afterLockChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [caseId, afterLockChange]);

  const jump = useCallback(
    (finding: CheckFindingData) =>
      jumpToFinding(finding.target, {
        selectDocument: records.select,
        openProfile: () => setDialog('profile'),
        openPreview: () => setDialog('preview'),
      }),
    [records.select],
  );

  return {
    checks,
    signing,
    signBlockedReason,
    generation,
    dialog,
    drawerOpen,
    setDialog,
    toggleDrawer: () => setDrawerOpen((open) => !open),
    jump,
    flush,
    sign,
    newVersion,
    error,
  };
}
