import type { OcrPage } from '../../../../shared/ipc';

interface Props {
  ocr: OcrPage;
  /** Page space size (image pixels) and the size it is shown at, in CSS pixels. */
  pageWidth: number;
  pageHeight: number;
  shownWidth: number;
  shownHeight: number;
  /** Words to light up (a search hit's matched words). */
  terms: readonly string[];
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * OCR words as invisible, selectable text over an image record, each span stretched over its word's box; the
 * words a search matched are marked. Selection reads "word word", so quoting works as on a PDF page.
 */
export function OcrWordLayer({ ocr, pageWidth, pageHeight, shownWidth, shownHeight, terms }: Props) {
  const m = ocr.toPage;
  if (!m || ocr.words.length === 0 || pageWidth === 0 || pageHeight === 0) return null;
  const sx = shownWidth / pageWidth;
  const sy = shownHeight / pageHeight;
  const wanted = terms.map(normal).filter(Boolean);
  const lit = (word: string) => {
    const w = normal(word);
    return wanted.some((t) => w === t || (t.length >= 4 && w.startsWith(t)));
  };
  const byLine = new Map<number, OcrPage['words']>();
  for (const w of ocr.words) byLine.set(w[6], [...(byLine.get(w[6]) ?? []), w]);
  return (
    <div className="image-ocr-layer textLayer-ocr" aria-label="Text read by OCR">
      {[...byLine.values()].flatMap((words) =>
        words
          .sort((a, b) => a[2] - b[2])
          .map(([text, , x0, y0, x1, y1], i) => {
            const ax = m[0] * x0 + m[2] * y0 + m[4];
            const ay = m[1] * x0 + m[3] * y0 + m[5];
            const bx = m[0] * x1 + m[2] * y1 + m[4];
            const by = m[1] * x1 + m[3] * y1 + m[5];
            const x = Math.min(ax, bx) * sx;
            const y = Math.min(ay, by) * sy;
            const w = Math.max(1, Math.abs(bx - ax) * sx);
            const h = Math.max(1, Math.abs(by - ay) * sy);
            const content = i === words.length - 1 ? `${text}\n` : `${text} `;
            return (
              <span
                key={`${x0}-${y0}-${i}`}
                style={{ left: `${x}px`, top: `${y}px`, height: `${h}px`, fontSize: `${h}px`, width: `${w}px` }}
              >
                {lit(text) ? <mark>{content}</mark> : content}
              </span>
            );
          }),
      )}
    </div>
  );
}
