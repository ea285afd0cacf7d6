import { describe, expect, it } from 'vitest';
import { binarizePage } from '../../../electron/core/ocr/image/binarizePage';
import { detectOrientation } from '../../../electron/core/ocr/image/detectOrientation';
import { removeSpeckles, speckleLimitsFor } from '../../../electron/core/ocr/image/removeSpeckles';
import { straightenPage } from '../../../electron/core/ocr/image/straightenPage';
import { createSeededRandom } from '../../../shared/random';
import { medicalPages } from '../records/support/medicalText';
import { renderFaxPage, type FaxPageSpec } from '../../support/faxPages';

const bitsOf = async (spec: FaxPageSpec) => {
  const page = await renderFaxPage(spec);
  const image = page.canvas.getContext('2d').getImageData(0, 0, page.width, page.height);
  return binarizePage(image.data, page.width, page.height);
};

describe('page image clean-up before OCR', () => {
  const text = medicalPages(1, 40, 2600)[0] ?? '';

  it.each([
    { rotation: 0, skewDegrees: 1.5, font: 'times' },
    { rotation: 90, skewDegrees: -1, font: 'helvetica' },
    { rotation: 180, skewDegrees: 0.8, font: 'courier' },
    { rotation: 270, skewDegrees: -1.8, font: 'times' },
  ] as const)('finds the upright reading of a page turned $rotation° and tilted $skewDegrees°', async (spec) => {
    const bits = await bitsOf({ text, ...spec, speckle: 0.002, seed: 3 });
    const found = detectOrientation(bits, 200);
    expect(found.rotation).toBe((360 - spec.rotation) % 360);
    expect(found.lines).toBeGreaterThan(10);
    expect(Math.abs(found.skewDegrees - spec.skewDegrees)).toBeLessThanOrEqual(0.3);
  });

  it('turns and straightens a page so its lines run level, with a map back to the scan', async () => {
    const bits = await bitsOf({ text, rotation: 90, skewDegrees: 2, seed: 5 });
    const found = detectOrientation(bits, 200);
    const { page, toInput } = straightenPage(bits, found.rotation, found.skewDegrees);
    expect(page.width).toBeLessThan(page.height);
    const again = detectOrientation(page, 200);
    expect(again.rotation).toBe(0);
    expect(Math.abs(again.skewDegrees)).toBeLessThanOrEqual(0.2);
    // The upright page's top-left corner came from the scan's top-right (the page lay turned clockwise).
    const [a, b, c, d, e, f] = toInput;
    const x = a * 0 + c * 0 + e;
    const y = b * 0 + d * 0 + f;
    expect(x).toBeGreaterThan(bits.width * 0.9);
    expect(y).toBeLessThan(bits.height * 0.1);
  });

  it('clears speckle but keeps full stops and the dots of i', async () => {
    const clean = await bitsOf({ text, seed: 9 });
    const noisy = await bitsOf({ text, speckle: 0.003, seed: 9 });
    const ink = (b: Uint8Array) => b.reduce((n, v) => n + v, 0);
    const removed = removeSpeckles(noisy, speckleLimitsFor(200));
    expect(removed).toBeGreaterThan(1000);
    // Within 2% of the clean page's ink: the noise is gone and the text is not eaten.
    expect(Math.abs(ink(noisy.bits) - ink(clean.bits)) / ink(clean.bits)).toBeLessThan(0.02);
    const before = ink(clean.bits);
    removeSpeckles(clean, speckleLimitsFor(200));
    // A clean page loses at most a stray pixel here and there where a thin serif broke off.
    expect(before - ink(clean.bits)).toBeLessThan(before * 0.0005);
  });

  it('reads a blank page as having no lines and leaves it as it is', async () => {
    const bits = await bitsOf({ text: '', speckle: 0.001, seed: 2 });
    removeSpeckles(bits, speckleLimitsFor(200));
    expect(detectOrientation(bits, 200)).toMatchObject({ rotation: 0, skewDegrees: 0 });
  });

  it.each([0, 90] as const)(
    'keeps the ink of a page wider than 32,768 pixels when turned %s° and straightened',
    (rotation) => {
      const width = 40_000;
      const height = 20;
      const bits = new Uint8Array(width * height);
      for (let y = 5; y < 15; y++) for (let x = 39_000; x < 39_010; x++) bits[y * width + x] = 1;
      const { page } = straightenPage({ bits, width, height }, rotation, 0.3);
      const ink = page.bits.reduce((n, v) => n + v, 0);
      expect(ink).toBeGreaterThan(80);
      expect(ink).toBeLessThan(120);
    },
  );

  it.each([0.01, 0.05, 0.2, 0.45])(
    'clears exactly the small components a full labelling of the page finds (random ink, density %s)',
    (density) => {
      const random = createSeededRandom(Math.round(density * 1000));
      const width = 157;
      const height = 121;
      const bits = new Uint8Array(width * height);
      for (let i = 0; i < bits.length; i++) bits[i] = random.next() < density ? 1 : 0;
      // Blocks of ink big enough to be letters, so large components sit beside small ones.
      for (let k = 0; k < 12; k++) {
        const x0 = random.int(0, width - 8);
        const y0 = random.int(0, height - 8);
        for (let y = y0; y < y0 + random.int(2, 7); y++)
          for (let x = x0; x < x0 + random.int(2, 7); x++) bits[y * width + x] = 1;
      }
      const expected = labelAndClear({ bits: bits.slice(), width, height }, speckleLimitsFor(200));
      const page = { bits: bits.slice(), width, height };
      const removed = removeSpeckles(page, speckleLimitsFor(200));
      expect(removed).toBe(expected.removed);
      expect(Array.from(page.bits)).toEqual(Array.from(expected.bits));
    },
  );
});

/** The plain reading of the rule: label every 8-connected component, then judge each in order of its first pixel. */
function labelAndClear(
  page: { bits: Uint8Array; width: number; height: number },
  limits: ReturnType<typeof speckleLimitsFor>,
) {
  const { bits, width, height } = page;
  const label = new Int32Array(bits.length).fill(-1);
  const components: number[][] = [];
  for (let start = 0; start < bits.length; start++) {
    if (bits[start] !== 1 || label[start] !== -1) continue;
    const pixels = [start];
    label[start] = components.length;
    for (let k = 0; k < pixels.length; k++) {
      const i = pixels[k] as number;
      const x = i % width;
      const y = Math.floor(i / width);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
          const j = yy * width + xx;
          if (bits[j] === 1 && label[j] === -1) {
            label[j] = components.length;
            pixels.push(j);
          }
        }
    }
    components.push(pixels);
  }
  let removed = 0;
  for (const pixels of components) {
    if (pixels.length > limits.maxArea) continue;
    const xs = pixels.map((i) => i % width);
    const ys = pixels.map((i) => Math.floor(i / width));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    let alone = true;
    if (pixels.length > limits.tinyArea) {
      for (let y = Math.max(0, y0 - limits.isolation); y <= Math.min(height - 1, y1 + limits.isolation); y++)
        for (let x = Math.max(0, x0 - limits.isolation); x <= Math.min(width - 1, x1 + limits.isolation); x++)
          if (bits[y * width + x] === 1 && (x < x0 || x > x1 || y < y0 || y > y1)) alone = false;
    }
    if (!alone) continue;
    for (const i of pixels) bits[i] = 0;
    removed++;
  }
  return { bits, removed };
}
