import { binarizePage } from './image/binarizePage';
import { detectOrientation } from './image/detectOrientation';
import { encodePbm } from './image/encodePbm';
import { findFullPageImage } from './image/findFullPageImage';
import { removeSpeckles, speckleLimitsFor } from './image/removeSpeckles';
import { straightenPage } from './image/straightenPage';
import { unpackBilevelImage } from './image/unpackBilevelImage';
import { runTesseractThread } from './runTesseractThread';
import { waitWhileHeld } from './waitWhileHeld';

/**
 * The OCR worker, plain JavaScript run with `eval: true` like the text-extraction worker (no loader, no extra
 * bundle entry). The image functions are the typed, unit-tested ones in ./image, inlined by their source.
 * On Linux it lowers its own thread's priority first; the tesseract.js thread it starts inherits that, so OCR
 * yields the CPU to the window and the main process whenever they need it. While the reviewer types, both threads
 * hold (createOcrHold): this one between the steps of a page, tesseract.js's inside its reading.
 */
export const OCR_WORKER_SOURCE = String.raw`
const { parentPort, workerData, threadId, BroadcastChannel } = require('node:worker_threads');
if (process.platform === 'linux') {
  try { require('node:os').setPriority(workerData.nice); } catch {}
}
// Bundlers that keep function names wrap inner functions in __name(); the inlined sources may carry it.
var __name = (fn) => fn;
${binarizePage.toString()}
${speckleLimitsFor.toString()}
${removeSpeckles.toString()}
${detectOrientation.toString()}
${straightenPage.toString()}
${encodePbm.toString()}
${findFullPageImage.toString()}
${unpackBilevelImage.toString()}
${waitWhileHeld.toString()}

const hold = new BigInt64Array(workerData.hold);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const holdPoint = () => waitWhileHeld(hold, sleeper);
// tesseract.js starts its thread from a path it is given: a data: URL of its own worker script with the hold added.
const sleptShared = new SharedArrayBuffer(8);
const sleptInEngine = new BigInt64Array(sleptShared);
const channelName = 'imr-ocr-hold-' + process.pid + '-' + threadId;
const channel = new BroadcastChannel(channelName);
channel.unref();
channel.onmessage = (event) => {
  if (event.data === 'ready') channel.postMessage({ hold: workerData.hold, slept: sleptShared });
};
const tesseractThread = new URL('data:text/javascript,' + encodeURIComponent(
  "import { createRequire } from 'node:module';\nvar __name = (fn) => fn;\n" +
  ${JSON.stringify(waitWhileHeld.toString())} +
  '\n(' + ${JSON.stringify(runTesseractThread.toString())} + ')(createRequire(' +
  JSON.stringify(workerData.paths.tesseractWorker) + '), ' + JSON.stringify(channelName) + ', waitWhileHeld);',
));

const canvasLib = require(workerData.paths.canvas);
const UTIF = require(workerData.paths.utif);
const Tesseract = require(workerData.paths.tesseract);
const pdfjsLoading = import(workerData.paths.pdfjsUrl);

let engine = null;
let engineModel = null;
async function engineFor(model) {
  if (engine && engineModel === model) return engine;
  if (engine) await (await engine).terminate().catch(() => {});
  engineModel = model;
  engine = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    langPath: workerData.paths.models[model],
    workerPath: tesseractThread,
    cacheMethod: 'none',
    gzip: true,
  });
  return engine;
}

// Loading the model takes a few hundred milliseconds: started now, it is ready by the time the first page is drawn.
if (workerData.model) engineFor(workerData.model).catch(() => {});

let source = null;
async function openSource(key, kind, bytes) {
  if (source && source.key === key) return source;
  if (source && source.close) await source.close();
  source = null;
  if (!bytes) throw Object.assign(new Error('The record file was not sent to the reader.'), { reason: 'cancelled' });
  if (kind === 'pdf') {
    const lib = await pdfjsLoading;
    const task = lib.getDocument({
      data: bytes,
      verbosity: 0,
      stopAtErrors: false,
      isEvalSupported: false,
      standardFontDataUrl: workerData.paths.standardFonts,
      cMapUrl: workerData.paths.cMaps,
      cMapPacked: true,
      wasmUrl: workerData.paths.wasm,
    });
    const doc = await task.promise;
    source = { key, kind, doc, close: () => task.destroy().catch(() => {}) };
  } else if (kind === 'tiff') {
    const ifds = UTIF.decode(bytes).filter((ifd) => ifd.t256 && ifd.t257);
    source = { key, kind, bytes, ifds };
  } else {
    source = { key, kind, bytes };
  }
  return source;
}

// One canvas per worker, reused while pages keep their size: a canvas's pixels live outside the JS heap, so
// V8 does not feel them and would collect a fresh canvas per page only long after it has grown the process.
let reusable = null;
function canvasOf(width, height) {
  if (!reusable || reusable.width !== width || reusable.height !== height) reusable = canvasLib.createCanvas(width, height);
  return reusable;
}

function fitPixels(width, height, maxPixels) {
  const pixels = width * height;
  return pixels > maxPixels ? Math.sqrt(maxPixels / pixels) : 1;
}

/** The page as RGBA pixels, the resolution it was drawn at, and the map from its pixels to page space. */
async function rasterize(src, pageNumber, settings) {
  if (src.kind === 'pdf') {
    const page = await src.doc.getPage(pageNumber);
    try {
      const unit = page.getViewport({ scale: 1 });
      const wanted = settings.dpi / 72;
      const scale = wanted * fitPixels(unit.width * wanted, unit.height * wanted, settings.maxPixels);
      const dpi = scale * 72;
      if (dpi < 70) {
        throw Object.assign(
          new Error('The page is ' + Math.round(unit.width / 72) + ' × ' + Math.round(unit.height / 72) + ' inches: too large to read by OCR.'),
          { reason: 'too-large' },
        );
      }
      const viewport = page.getViewport({ scale });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      // viewport.transform maps PDF user space to raster pixels; its inverse maps back.
      const [a, b, c, d, e, f] = viewport.transform;
      const det = a * d - b * c;
      const toPage = [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
      const scan = await scanPixels(page, width, height);
      if (scan) return { bits: scan, width, height, dpi, toPage };
      const canvas = canvasOf(width, height);
      const ctx = canvas.getContext('2d');
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = 'white';
      ctx.fillRect(0, 0, width, height);
      await page.render({ canvas, canvasContext: ctx, viewport, annotationMode: 0 }).promise;
      const rgba = ctx.getImageData(0, 0, width, height).data;
      return { rgba, width, height, dpi, toPage };
    } finally {
      page.cleanup();
    }
  }
  if (src.kind === 'tiff') {
    const ifd = src.ifds[pageNumber - 1];
    if (!ifd) throw Object.assign(new Error('The image has no page ' + pageNumber + '.'), { reason: 'unreadable' });
    UTIF.decodeImage(src.bytes, ifd);
    const w = ifd.width;
    const h = ifd.height;
    const xRes = Array.isArray(ifd.t282) ? Number(ifd.t282[0]) : 200;
    const yRes = Array.isArray(ifd.t283) ? Number(ifd.t283[0]) : xRes;
    const rgba = new Uint8ClampedArray(UTIF.toRGBA8(ifd).buffer);
    // Fax "normal" mode is 204 × 98 dpi: draw the rows taller so pixels are square.
    const stretch = yRes > 0 && xRes > 0 ? xRes / yRes : 1;
    return drawScaled(rgba, w, h, stretch, xRes || 200, settings);
  }
  const image = await canvasLib.loadImage(Buffer.from(src.bytes));
  const canvas = canvasLib.createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  return drawScaled(rgba, image.width, image.height, 1, 0, settings);
}

/**
 * A scanned page's own pixels when it is one bilevel image over the whole page at exactly the raster's size, as
 * scanners and fax servers write them: no drawing, no reading back and no threshold (most of a page's preparation).
 * Null for anything else, which is drawn.
 */
async function scanPixels(page, width, height) {
  if (page.rotate % 360 !== 0) return null;
  const lib = await pdfjsLoading;
  const list = await page.getOperatorList({ annotationMode: 0 });
  const found = findFullPageImage(list.fnArray, list.argsArray, lib.OPS, page.view);
  if (!found) return null;
  // Images shared by several pages live in the document's common objects.
  const objs = found.id.startsWith('g_') ? page.commonObjs : page.objs;
  const image = await new Promise((resolve) => objs.get(found.id, resolve));
  if (!image || image.kind !== lib.ImageKind.GRAYSCALE_1BPP || !image.data) return null;
  if (image.width !== width || image.height !== height || image.data.length < ((width + 7) >> 3) * height) return null;
  return unpackBilevelImage(image.data, width, height);
}

/** Image pixels (page space) brought to square pixels within the pixel cap; dpi 0 means "not stated". */
function drawScaled(rgba, w, h, stretch, statedDpi, settings) {
  const fit = fitPixels(w, h * stretch, settings.maxPixels);
  const width = Math.max(1, Math.round(w * fit));
  const height = Math.max(1, Math.round(h * stretch * fit));
  const dpi = (statedDpi || 200) * fit;
  if (width === w && height === h) return { rgba, width, height, dpi, toPage: [1, 0, 0, 1, 0, 0] };
  const from = canvasLib.createCanvas(w, h);
  const fromCtx = from.getContext('2d');
  const data = fromCtx.createImageData(w, h);
  data.data.set(rgba);
  fromCtx.putImageData(data, 0, 0);
  const canvas = canvasLib.createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(from, 0, 0, width, height);
  return { rgba: ctx.getImageData(0, 0, width, height).data, width, height, dpi, toPage: [w / width, 0, 0, h / height, 0, 0] };
}

function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Render and clean up one page into the bilevel image tesseract reads (on this thread). */
async function preparePage({ key, kind, bytes, page, settings }) {
  let heldMs = holdPoint();
  const t0 = performance.now();
  const src = await openSource(key, kind, bytes);
  const raster = await rasterize(src, page, settings);
  const renderMs = performance.now() - t0;
  heldMs += holdPoint();
  const t1 = performance.now();
  let bits = raster.bits || binarizePage(raster.rgba, raster.width, raster.height);
  const speckles = settings.despeckle ? removeSpeckles(bits, speckleLimitsFor(raster.dpi)) : 0;
  let toPage = raster.toPage;
  let rotation = 0;
  let skewDegrees = 0;
  if (settings.straighten) {
    const found = detectOrientation(bits, raster.dpi);
    rotation = found.rotation;
    skewDegrees = found.skewDegrees;
    if (rotation !== 0 || Math.abs(skewDegrees) >= 0.2) {
      const straight = straightenPage(bits, rotation, skewDegrees);
      bits = straight.page;
      toPage = multiply(toPage, straight.toInput);
    }
  }
  const pbm = encodePbm(bits);
  const t2 = performance.now();
  return { pbm, dpi: raster.dpi, toPage, rotation, skewDegrees, speckles, width: bits.width, height: bits.height, renderMs, cleanMs: t2 - t1, heldMs };
}

/** Read a prepared page (on the tesseract.js thread). */
async function recognizePage(prepared, settings) {
  const { pbm, dpi, toPage, rotation, skewDegrees, speckles } = prepared;
  const heldBefore = holdPoint();
  const t2 = performance.now();
  const sleptFrom = Atomics.load(sleptInEngine, 0);
  const worker = await engineFor(settings.model);
  await worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
  // Words come from tesseract's TSV (one row per word, with its box, confidence and line), which costs less than
  // building the full blocks tree in JavaScript.
  const { data } = await worker.recognize(Buffer.from(pbm.buffer, pbm.byteOffset, pbm.byteLength), {}, { text: true, tsv: true });
  const t3 = performance.now();
  const heldInEngine = Number(Atomics.load(sleptInEngine, 0) - sleptFrom);
  const words = [];
  let line = -1;
  let sum = 0;
  for (const row of (data.tsv || '').split('\n')) {
    const f = row.split('\t');
    if (f[0] === '4') line++;
    if (f[0] !== '5') continue;
    const text = (f[11] || '').trim();
    if (!text) continue;
    const x = Number(f[6]);
    const y = Number(f[7]);
    const confidence = Number(f[10]);
    words.push([text, Math.round(confidence), x, y, x + Number(f[8]), y + Number(f[9]), line]);
    sum += confidence;
  }
  return {
    text: (data.text || '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(),
    words,
    confidence: words.length ? Math.round(sum / words.length) : 100,
    toPage,
    imageWidth: prepared.width,
    imageHeight: prepared.height,
    dpi: Math.round(dpi),
    rotation,
    skewDegrees,
    speckles,
    timings: {
      renderMs: Math.round(prepared.renderMs),
      cleanMs: Math.round(prepared.cleanMs),
      recognizeMs: Math.round(t3 - t2 - heldInEngine),
      heldMs: Math.round(prepared.heldMs + heldBefore + heldInEngine),
    },
  };
}

// When the pool sends a second page, it is rendered and cleaned up here while tesseract.js reads the first.
let preparing = Promise.resolve();
let recognizing = Promise.resolve();
const settle = (promise) => promise.then(() => undefined, () => undefined);
parentPort.on('message', (msg) => {
  const prepared = preparing.then(() => preparePage(msg));
  preparing = settle(prepared);
  const read = Promise.all([prepared, recognizing]).then(([p]) => recognizePage(p, msg.settings));
  recognizing = settle(read);
  read.then(
    (result) => parentPort.postMessage({ id: msg.id, type: 'read', result }),
    (error) => {
      const message = String((error && error.message) || error);
      const reason = (error && error.reason) || (/memory|OOM|Aborted\(/i.test(message) ? 'out-of-memory' : 'unreadable');
      if (reason === 'out-of-memory') engine = null;
      parentPort.postMessage({ id: msg.id, type: 'failed', reason, message });
    },
  );
});
`;
