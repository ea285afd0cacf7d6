import { createSeededRandom } from '../../shared/random';
import { medicalNotes } from '../../test/electron/records/support/medicalText';
import { renderFaxPage, type FaxPage } from '../../test/support/faxPages';

export interface FaxSetPage extends FaxPage {
  rotation: 0 | 90 | 180 | 270;
  speckle: number;
}

const FONTS = ['times', 'helvetica', 'courier'] as const;
/** Share of pixels the fax line flips (salt and pepper), drawn per page. */
export const SPECKLE_MIN = 0.001;
export const SPECKLE_MAX = 0.003;

/**
 * The fax-like benchmark set: pages of MTSamples notes (read at run time, never committed) typed in one of the
 * standard faces at 10-12 pt, sent at 200 dpi bilevel with a fax header line, tilted up to ±2°, speckled, and
 * one page in six turned 90° or 180°. Seeded, so every run reads the same pages.
 */
export async function buildFaxSet(count: number, seed = 2026): Promise<FaxSetPage[]> {
  const random = createSeededRandom(seed);
  const notes = medicalNotes().filter((n) => n.length > 1500);
  const pages: FaxSetPage[] = [];
  for (let i = 0; i < count; i++) {
    const note = notes[(i * 37) % notes.length] ?? '';
    const body = note.replace(/^Medical Specialty:.*\n|^Sample Name:.*\n|^Keywords:.*$/gm, '');
    const rotation = i % 12 === 4 ? 90 : i % 12 === 10 ? 180 : 0;
    const speckle = SPECKLE_MIN + random.next() * (SPECKLE_MAX - SPECKLE_MIN);
    const page = await renderFaxPage({
      text: body,
      font: FONTS[i % FONTS.length],
      fontSize: random.pick([10, 11, 12]),
      header: `${String(random.int(1, 12)).padStart(2, '0')}/${String(random.int(1, 28)).padStart(2, '0')}/2026 ${random.int(7, 18)}:${String(random.int(0, 59)).padStart(2, '0')}  FROM: BAYSIDE SPINE 415-555-${random.int(1000, 9999)}  TO: UR DEPT  P.${String((i % 9) + 1).padStart(3, '0')}/009`,
      dpi: 200,
      skewDegrees: Math.round((random.next() * 4 - 2) * 10) / 10,
      rotation,
      speckle,
      seed: seed + i,
    });
    pages.push({ ...page, rotation, speckle });
  }
  return pages;
}
