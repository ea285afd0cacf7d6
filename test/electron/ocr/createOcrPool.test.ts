import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { createOcrPool, defaultOcrPoolOptions } from '../../../electron/core/ocr/createOcrPool';
import { DEFAULT_OCR_SETTINGS } from '../../../electron/core/ocr/ocrSettings';
import { renderFaxPage } from '../../support/faxPages';

const TEXT = 'Cervical radiculopathy on the right side.\nGabapentin titrated to three hundred milligrams.';
const settings = DEFAULT_OCR_SETTINGS;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the OCR worker pool', () => {
  it('reads a PNG and a fax TIFF page into words with boxes, and replaces a worker after its page quota', async () => {
    const fax = await renderFaxPage({ text: TEXT, fontSize: 14, seed: 5 });
    const png = fax.canvas.toBuffer('image/png');
    const rgba = fax.canvas.getContext('2d').getImageData(0, 0, fax.width, fax.height).data;
    const tiff = new Uint8Array(UTIF.encodeImage(new Uint8Array(rgba.buffer), fax.width, fax.height));
    const pool = createOcrPool({ ...defaultOcrPoolOptions(), size: 1, recycleAfterPages: 1 });
    try {
      const fromPng = await pool.read({ sourceKey: 'png', kind: 'png', bytes: () => png, page: 1, settings });
      const fromTiff = await pool.read({ sourceKey: 'tif', kind: 'tiff', bytes: () => tiff, page: 1, settings });
      for (const outcome of [fromPng, fromTiff]) {
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.result.text).toMatch(/Gabapentin titrated/);
        const words = outcome.result.words;
        const word = words.find((w) => w[0] === 'Gabapentin');
        expect(word?.[1]).toBeGreaterThan(70);
        // Each word has its box and its line: the next word stands to its right on the same line.
        const [, , x0, y0, x1, y1, line] = word ?? [];
        const next = words[words.findIndex((w) => w === word) + 1];
        expect(next?.[0]).toMatch(/^titrated/);
        expect(next?.[6]).toBe(line);
        expect((x1 ?? 0) - (x0 ?? 0)).toBeGreaterThan(20);
        expect((y1 ?? 0) - (y0 ?? 0)).toBeGreaterThan(5);
        expect(next?.[2]).toBeGreaterThanOrEqual(x1 ?? Infinity);
        const lines = words.map((w) => w[6]);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(new Set(lines).size).toBeGreaterThan(1);
        // Image pages map OCR pixels to image pixels one to one (read at their own resolution).
        expect(outcome.result.toPage).toEqual([1, 0, 0, 1, 0, 0]);
      }
      expect(pool.workersStarted()).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('gives up on a page that takes too long, and the next page gets a fresh worker', async () => {
    const png = (await renderFaxPage({ text: TEXT, fontSize: 14, seed: 6 })).canvas.toBuffer('image/png');
    const slow = createOcrPool({ ...defaultOcrPoolOptions(), size: 1, pageTimeoutMs: 50 });
    try {
      const outcome = await slow.read({ sourceKey: 'a', kind: 'png', bytes: () => png, page: 1, settings });
      expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
      if (!outcome.ok) expect(outcome.message).toMatch(/took longer than 0\.1 s and was stopped/);
      expect(slow.workersStarted()).toBe(1);
      await slow.read({ sourceKey: 'a', kind: 'png', bytes: () => png, page: 1, settings });
      expect(slow.workersStarted()).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('holds a page midway while the reviewer types: no CPU taken, the page read in full after, its time limit extended', async () => {
    const png = (await renderFaxPage({ text: TEXT.repeat(24), fontSize: 11, seed: 7 })).canvas.toBuffer('image/png');
    // The page limit is shorter than the hold: held time must not count toward it.
    const pool = createOcrPool({ ...defaultOcrPoolOptions(), size: 1, pageTimeoutMs: 5000 });
    try {
      const warm = await pool.read({ sourceKey: 'p', kind: 'png', bytes: () => png, page: 1, settings });
      expect(warm.ok).toBe(true);
      const reading = pool.read({ sourceKey: 'p', kind: 'png', bytes: () => png, page: 1, settings });
      // Past drawing and clean-up (a quarter of a second): tesseract is reading.
      await sleep(600);
      pool.holdFor(6000);
      expect(pool.holding()).toBe(true);
      await sleep(600);
      const cpuFrom = process.cpuUsage();
      await sleep(2000);
      const cpu = process.cpuUsage(cpuFrom);
      expect((cpu.user + cpu.system) / 1000).toBeLessThan(300);
      const outcome = await reading;
      expect(pool.holding()).toBe(false);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok || !warm.ok) return;
      expect(outcome.result.text).toBe(warm.result.text);
      expect(outcome.result.timings.heldMs).toBeGreaterThan(4500);
      // The time held is not counted as reading (it was held inside tesseract's reading, not only between steps).
      expect(outcome.result.timings.recognizeMs).toBeLessThan(4000);
      expect(pool.workersStarted()).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('says a file that is not an image cannot be read, without stopping the pool', async () => {
    const pool = createOcrPool({ ...defaultOcrPoolOptions(), size: 1 });
    try {
      const outcome = await pool.read({
        sourceKey: 'junk',
        kind: 'jpeg',
        bytes: () => new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2, 3]),
        page: 1,
        settings,
      });
      expect(outcome).toMatchObject({ ok: false, reason: 'unreadable' });
    } finally {
      await pool.close();
    }
  });
});
