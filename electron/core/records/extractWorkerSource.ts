/**
 * The text-extraction worker, kept as plain JavaScript source run with `eval: true`: it then needs no
 * TypeScript loader and no extra bundle entry, so the same code runs under tsx, vitest and Electron's
 * bundled main process. Several workers share one file by claiming pages from a shared counter.
 */
export const EXTRACT_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.pdfjsUrl).then(async (lib) => {
  // pdf.js's in-thread worker looks for globalThis.pdfjsWorker first; loading it now makes the first file start sooner.
  await import(workerData.pdfjsUrl.replace(/pdf\.mjs$/, 'pdf.worker.mjs'));
  return lib;
});

function pageText(content) {
  let out = '';
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\uE000|\uE001/g, ' ').trim();
}

async function extract({ id, bytes, batch, next }) {
  const lib = await loading;
  const task = lib.getDocument({ data: bytes, verbosity: 0, disableFontFace: true, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error && error.name;
    const reason = name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' ? 'invalid' : 'other';
    parentPort.postMessage({ id, type: 'failed', reason, message: String(error && error.message || error) });
    await task.destroy().catch(() => {});
    return;
  }
  parentPort.postMessage({ id, type: 'opened', pageCount: doc.numPages });
  let pending = [];
  let pageErrors = 0;
  for (let n = Atomics.add(next, 0, 1) + 1; n <= doc.numPages; n = Atomics.add(next, 0, 1) + 1) {
    let text = '';
    try {
      const page = await doc.getPage(n);
      text = pageText(await page.getTextContent());
      page.cleanup();
    } catch {
      pageErrors++;
    }
    pending.push({ page: n, text });
    if (pending.length >= batch) {
      parentPort.postMessage({ id, type: 'pages', pages: pending });
      pending = [];
    }
  }
  if (pending.length) parentPort.postMessage({ id, type: 'pages', pages: pending });
  parentPort.postMessage({ id, type: 'done', pageErrors });
  await task.destroy();
}

async function probe({ id, bytes, pages }) {
  const lib = await loading;
  const task = lib.getDocument({ data: bytes, verbosity: 0, disableFontFace: true });
  try {
    const doc = await task.promise;
    const out = [];
    for (const n of pages) {
      if (n > doc.numPages) continue;
      const page = await doc.getPage(n);
      out.push({ page: n, text: pageText(await page.getTextContent()), view: Array.from(page.view), rotate: page.rotate });
      page.cleanup();
    }
    parentPort.postMessage({ id, type: 'probed', pageCount: doc.numPages, pages: out });
  } finally {
    await task.destroy().catch(() => {});
  }
}

parentPort.on('message', (msg) => {
  const work = msg.type === 'probe' ? probe(msg) : extract({ ...msg, next: new Int32Array(msg.counter) });
  work.catch((error) => parentPort.postMessage({ id: msg.id, type: 'failed', reason: 'other', message: String(error && error.message || error) }));
});
`;
