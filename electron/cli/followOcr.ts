import type { Invoke } from '../core/api';

/** Shows OCR progress on one line until the case's queue is empty, then what was read; exit code 1 if pages failed. */
export async function followOcr(invoke: Invoke, caseId: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await invoke('records.ocrStatus', { caseId });
    const rate = status.pagesPerMinute ? `, ${status.pagesPerMinute} pages/min` : '';
    const left = status.secondsLeft !== null ? `, about ${Math.ceil(status.secondsLeft / 60)} min left` : '';
    const line = `OCR ${status.pagesDone}/${status.pagesTotal} pages${rate}${left}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(70)}`);
    if (status.state !== 'running') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const documents = await invoke('records.documents', { caseId });
  let failed = 0;
  for (const d of documents.filter((doc) => doc.ocr.needed > 0)) {
    const { needed, read, lowConfidence } = d.ocr;
    failed += d.ocr.failed;
    const notes = [
      lowConfidence ? `${lowConfidence} low confidence` : '',
      d.ocr.failed ? `${d.ocr.failed} could not be read` : '',
    ].filter(Boolean);
    console.log(`${d.title}: ${read}/${needed} scanned pages read${notes.length ? ` (${notes.join(', ')})` : ''}`);
  }
  console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
  return failed > 0 ? 1 : 0;
}
