import { describe, expect, it } from 'vitest';
import { binarizePage } from '../../../electron/core/ocr/image/binarizePage';
import { detectOrientation } from '../../../electron/core/ocr/image/detectOrientation';
import { removeSpeckles, speckleLimitsFor } from '../../../electron/core/ocr/image/removeSpeckles';
import { straightenPage } from '../../../electron/core/ocr/image/straightenPage';
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
});
