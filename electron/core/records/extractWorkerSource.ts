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

// Form fields and annotations: what was typed into a field, comments and notes, stamps with text.
function annotationText(annotations) {
  const lines = [];
  for (const a of annotations) {
    const value = a.fieldValue;
    if ((a.fieldType === 'Tx' || a.fieldType === 'Ch') && value !== undefined && value !== null && String(value).trim()) {
      const name = (a.alternativeText || a.fieldName || 'Field').trim();
      lines.push(name + ': ' + (Array.isArray(value) ? value.join(', ') : String(value)).trim());
    }
    const contents = a.contentsObj && a.contentsObj.str ? a.contentsObj.str.trim() : '';
    if (contents) {
      const author = a.titleObj && a.titleObj.str ? a.titleObj.str.trim() : '';
      lines.push((a.subtype || 'Note') + (author ? ' (' + author + ')' : '') + ': ' + contents);
    }
  }
  return lines.join('\n').replace(/\uE000|\uE001/g, ' ');
}

// How much of the page scanned images cover, and the resolution of the largest: read only for pages with little
// text (the operator list decodes images), to tell a scan with a stray text line from a page with real text.
async function scanOf(lib, page) {
  const ops = await page.getOperatorList();
  const O = lib.OPS;
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  let covered = 0;
  let best = null;
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === O.save) stack.push(ctm);
    else if (fn === O.restore) ctm = stack.pop() || ctm;
    else if (fn === O.transform) {
      const [a, b, c, d, e, f] = args;
      ctm = [ctm[0] * a + ctm[2] * b, ctm[1] * a + ctm[3] * b, ctm[0] * c + ctm[2] * d, ctm[1] * c + ctm[3] * d,
        ctm[0] * e + ctm[2] * f + ctm[4], ctm[1] * e + ctm[3] * f + ctm[5]];
    } else if (fn === O.paintImageXObject || fn === O.paintInlineImageXObject || fn === O.paintImageMaskXObject) {
      const img = fn === O.paintImageXObject ? { width: args[1], height: args[2] } : args[0] || {};
      const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      const shownWidth = Math.hypot(ctm[0], ctm[1]);
      if (!img.width || !shownWidth) continue;
      covered += area;
      if (!best || area > best.area) best = { area, dpi: Math.round((img.width / shownWidth) * 72) };
    }
  }
  return { coverage: Math.min(1, covered / pageArea), dpi: best ? best.dpi : null };
}

async function openDocument(lib, bytes) {
  const attempt = async (password) => {
    const task = lib.getDocument({ data: bytes.slice(), password, verbosity: 0, disableFontFace: true, stopAtErrors: false });
    try {
      return { task, doc: await task.promise };
    } catch (error) {
      await task.destroy().catch(() => {});
      throw error;
    }
  };
  try {
    return await attempt(undefined);
  } catch (error) {
    // Some files encrypted with an empty user password open only when that empty password is given.
    if (error && error.name === 'PasswordException') return attempt('');
    throw error;
  }
}

async function extract({ id, bytes, batch, next }) {
  const lib = await loading;
  let task;
  let doc;
  try {
    ({ task, doc } = await openDocument(lib, bytes));
  } catch (error) {
    const name = error && error.name;
    const reason = name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' ? 'invalid' : 'other';
    parentPort.postMessage({ id, type: 'failed', reason, message: String(error && error.message || error) });
    return;
  }
  let xfa = false;
  try {
    const meta = await doc.getMetadata();
    xfa = Boolean(meta && meta.info && meta.info.IsXFAPresent);
  } catch {}
  parentPort.postMessage({ id, type: 'opened', pageCount: doc.numPages, xfa });
  let pending = [];
  let pageErrors = 0;
  for (let n = Atomics.add(next, 0, 1) + 1; n <= doc.numPages; n = Atomics.add(next, 0, 1) + 1) {
    let text = '';
    let extra = '';
    let scan = null;
    try {
      const page = await doc.getPage(n);
      text = pageText(await page.getTextContent());
      extra = annotationText(await page.getAnnotations().catch(() => []));
      if (text.replace(/\s/g, '').length < 400) scan = await scanOf(lib, page).catch(() => null);
      page.cleanup();
    } catch {
      pageErrors++;
    }
    pending.push({ page: n, text, extra, scan });
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
