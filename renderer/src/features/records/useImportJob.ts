import { useCallback, useRef, useState } from 'react';
import type { ImportStatus } from '../../../../shared/ipc';
import { call } from '../../api';
import { useLatestReply } from '../../components';
import { uploadFile } from './uploadFile';
import { errorMessage } from '../../../../shared/errorMessage';

export interface ImportJobState {
  /** Bytes sent of all files, while uploading. */
  upload: { sent: number; total: number } | null;
  status: ImportStatus | null;
  error: string | null;
  start(files: File[]): void;
  startReindex(onlyMissing: boolean): void;
  cancel(): void;
  dismiss(): void;
}

const POLL_MS = 250;

/** One import or re-index at a time per case: upload, then poll the job until it ends. */
export function useImportJob(caseId: string, onFinished: () => void): ImportJobState {
  const [upload, setUpload] = useState<ImportJobState['upload']>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobRef = useRef<string | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const job = useLatestReply();

  /** A new job: the one before stops being followed, and nothing of it reaches the state any more. */
  const begin = useCallback(() => {
    job.drop();
    return job.begin();
  }, [job]);

  const follow = useCallback((jobId: string, wanted: () => boolean) => {
    if (wanted()) jobRef.current = jobId;
    const tick = async () => {
      if (!wanted()) return;
      try {
        const next = await call('records.importStatus', { jobId });
        if (!wanted()) return;
        setStatus(next);
        if (next.state === 'running') setTimeout(() => void tick(), POLL_MS);
        else finishedRef.current();
      } catch (e) {
        if (wanted()) setError(errorMessage(e));
      }
    };
    void tick();
  }, []);

  const start = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const wanted = begin();
      setError(null);
      setStatus(null);
      const total = files.reduce((n, f) => n + f.size, 0);
      setUpload({ sent: 0, total });
      void (async () => {
        try {
          const ids: string[] = [];
          let before = 0;
          for (const file of files) {
            ids.push(await uploadFile(file, (sent) => wanted() && setUpload({ sent: before + sent, total })));
            before += file.size;
          }
          // The files are imported even if the panel closed or another import began meanwhile; only the state stops following.
          if (wanted()) setUpload(null);
          follow((await call('records.import', { caseId, uploadIds: ids })).jobId, wanted);
        } catch (e) {
          if (!wanted()) return;
          setUpload(null);
          setError(errorMessage(e));
        }
      })();
    },
    [caseId, follow, begin],
  );

  const startReindex = useCallback(
    (onlyMissing: boolean) => {
      const wanted = begin();
      setError(null);
      call('records.rebuildIndex', { caseId, onlyMissing }).then(
        ({ jobId }) => follow(jobId, wanted),
        (e: unknown) => wanted() && setError(errorMessage(e)),
      );
    },
    [caseId, follow, begin],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId) void call('records.cancelImport', { jobId }).then(setStatus);
  }, []);

  const dismiss = useCallback(() => {
    setStatus(null);
    setError(null);
  }, []);

  return { upload, status, error, start, startReindex, cancel, dismiss };
}
