import { useEffect, useRef, useState } from 'react';
import type { LetterPreview } from '../../../../shared/ipc';
import { call } from '../../api';
import { ModalDialog, useLatestReply } from '../../components';

import { base64ToBytes, renderPdfPages } from './renderPdfPages';
import { errorMessage } from '../../../../shared/errorMessage';

interface Props {
  caseId: string;
  /** Writes pending autosaves first, so the letter shows what was typed. */
  beforeRender: () => Promise<void>;
  signBlockedReason: string | null;
  locked: boolean;
  onSign: () => void;
  onClose: () => void;
}

/** The Final Determination Letter exactly as signing renders it now, drawn by pdf.js. */
export function LetterPreviewDialog({ caseId, beforeRender, signBlockedReason, locked, onSign, onClose }: Props) {
  const pages = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [pageCount, setPageCount] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const rendering = useLatestReply();

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
