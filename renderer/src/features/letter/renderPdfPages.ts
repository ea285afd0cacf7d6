import { loadPdfjs } from '../records';

/** Draws every page of a small PDF (a letter) into the container as canvases at the container's width. Returns a disposer. */
export async function renderPdfPages(
  bytes: Uint8Array,
  container: HTMLElement,
  isCancelled: () => boolean,
): Promise<() => void> {
  const { lib } = await loadPdfjs();
  const task = lib.getDocument({ data: bytes });
  const pdf = await task.promise;
  const width = Math.max(400, container.clientWidth - 32);
  const ratio = window.devicePixelRatio || 1;
  for (let n = 1; n <= pdf.numPages && !isCancelled(); n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.className = 'letter-page';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `Letter page ${n} of ${pdf.numPages}`);
    canvas.dataset['page'] = String(n);
    container.append(canvas);
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  }
  return () => void task.destroy();
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
