import { useEffect, useRef, useState } from 'react';
import type { LetterPreview } from '../../../../shared/ipc';
import { call, folderPicker, printWindow, saveFile } from '../../api';
import { ModalDialog, useLatestReply } from '../../components';

import { base64ToBytes, renderPdfPages } from './renderPdfPages';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  caseId: string;
  caseNumber: string;
  /** Writes pending autosaves first, so the letter shows what was typed. */
  beforeRender: () => Promise<void>;
  signBlockedReason: string | null;
  locked: boolean;
  onSign: () => void;
  onClose: () => void;
}

/** The Final Determination Letter exactly as signing renders it now, drawn by pdf.js. */
export function LetterPreviewDialog({
  caseId,
  caseNumber,
  beforeRender,
  signBlockedReason,
  locked,
  onSign,
  onClose,
}: Props) {
  const pages = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [pageCount, setPageCount] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rendering = useLatestReply();

  const act = async (what: () => Promise<string | null>) => {
    setBusy(true);
    setProblem(null);
    try {
      setStatus(await what());
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const savePdf = () =>
    act(async () => {
      if (!preview) return null;
      const name =
        preview.signedVersion === null
          ? `${caseNumber} Final Determination (draft).pdf`
          : `${caseNumber} Final Determination v${preview.signedVersion} (signed).pdf`;
      const outcome = await saveFile(name, base64ToBytes(preview.pdfBase64), 'pdf');
      if (!outcome.saved) return null;
      await call('letter.recordSaved', { caseId, sha256: preview.sha256, as: 'pdf' });
      return outcome.path ? `Saved to ${outcome.path}` : `Downloaded ${name}`;
    });
  const print = () =>
    act(async () => {
      if (!preview) return null;
      await call('letter.recordSaved', { caseId, sha256: preview.sha256, as: 'print' });
      document.body.classList.add('printing-letter');
      try {
        await printWindow();
      } finally {
        document.body.classList.remove('printing-letter');
      }
      return 'Sent to the print dialog';
    });
  const exportPackage = () =>
    act(async () => {
      if (!preview || preview.signedVersion === null) return null;
      const choose = folderPicker();
      if (choose) {
        const folder = await choose('Export the signed package into this folder');
        if (folder === null) return null;
        const exported = await call('determinations.exportPackage', {
          caseId,
          targetDir: `${folder}/${caseNumber}-v${preview.signedVersion}`,
        });
        return `Exported to ${exported.dir}`;
      }
      const archive = await call('determinations.packageArchive', { caseId });
      await saveFile(archive.fileName, base64ToBytes(archive.zipBase64), 'zip');
      return `Downloaded ${archive.fileName}`;
    });

  useEffect(() => {
    const wanted = rendering.begin();
    let dispose: (() => void) | null = null;
    void (async () => {
      try {
        await beforeRender();
        const next = await call('letter.preview', { caseId });
        if (!wanted() || !pages.current) return;
        setPreview(next);
        pages.current.replaceChildren();
        dispose = await renderPdfPages(base64ToBytes(next.pdfBase64), pages.current, () => !wanted());
        if (!wanted()) return dispose();
        setPageCount(pages.current.querySelectorAll('canvas').length);
      } catch (e) {
        if (wanted()) setProblem(`The letter could not be shown: ${errorMessage(e)}`);
      }
    })();
    return () => {
      rendering.drop();
      dispose?.();
    };
  }, [caseId, beforeRender, rendering]);

  const footer = (
    <>
      <span className="muted small preview-meta" data-testid="preview-meta">
        {preview
          ? `${preview.signedVersion === null ? '' : `Signed letter, version ${preview.signedVersion} · `}${pageCount || '…'} page(s) · ${Math.round(preview.sizeBytes / 1024)} KB · decision date ${preview.decisionDate}`
          : 'Rendering the letter…'}
      </span>
      {!locked && signBlockedReason && <span className="sign-blocked small">{signBlockedReason}</span>}
      {status && (
        <span className="small preview-status" role="status" data-testid="preview-status">
          {status}
        </span>
      )}
      <div className="preview-actions" role="group" aria-label="Save and print">
        <button
          type="button"
          className="tool-button"
          disabled={preview === null || busy}
          onClick={() => void savePdf()}
        >
          Save PDF…
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={preview === null || pageCount === 0 || busy}
          onClick={() => void print()}
        >
          Print…
        </button>
        {preview?.signedVersion != null && (
          <button type="button" className="tool-button" disabled={busy} onClick={() => void exportPackage()}>
            Export signed package…
          </button>
        )}
      </div>
      <button type="button" className="tool-button" onClick={onClose}>
        Close
      </button>
      {!locked && (
        <button
          type="button"
          className="primary-button"
          disabled={signBlockedReason !== null || preview === null}
          onClick={onSign}
        >
          Sign…
        </button>
      )}
    </>
  );
  return (
    <ModalDialog
      title={locked ? 'Final Determination Letter — signed' : 'Final Determination Letter — preview'}
      titleId="letter-preview-title"
      className="letter-preview"
      onClose={onClose}
      footer={footer}
      bodyLabel="Letter pages"
    >
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="letter-pages" ref={pages} aria-busy={preview === null || pageCount === 0} />
    </ModalDialog>
  );
}
