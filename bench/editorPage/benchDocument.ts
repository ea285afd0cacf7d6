import { loadCatalog } from '../../shared/citations/catalog/loadCatalog';
import { toCitationSnapshot } from '../../shared/citations/format/toCitationSnapshot';
import type { RichTextDoc } from '../../shared/editor/richText';

const WORDS = (
  'the patient reports persistent neck pain radiating to the left upper extremity with numbness in the thumb and index finger ' +
  'examination showed decreased sensation in the C6 dermatome with preserved reflexes and full strength prior imaging ' +
  'documented multilevel spondylosis without instability guidelines support repeat imaging only with a significant change ' +
  'in symptoms or findings suggestive of significant pathology there is insufficient documentation of such change'
).split(' ');

export interface BenchDocuments {
  /** Paragraphs of about 100 words with two citation chips each. */
  withChips: RichTextDoc;
  /** The same text with each chip written out as its label (what a bare StarterKit editor can hold). */
  plain: RichTextDoc;
  chips: number;
  words: number;
}

/** A deterministic rationale: 20 pages is about 10,000 words (500 a page) in 100 paragraphs with 200 chips. */
export function benchDocuments(paragraphs: number): BenchDocuments {
  const snapshots = loadCatalog().map(toCitationSnapshot);
  const withChips: RichTextDoc[] = [];
  const plain: RichTextDoc[] = [];
  let words = 0;
  let chips = 0;
  for (let p = 0; p < paragraphs; p++) {
    const text = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => WORDS[(p * 7 + from + i) % WORDS.length]).join(' ');
    const parts = [text(0, 30), text(30, 40), text(70, 30)];
    words += 100;
    const a = snapshots[(2 * p) % snapshots.length];
    const b = snapshots[(2 * p + 1) % snapshots.length];
    if (!a || !b) throw new Error('The catalog is empty');
    chips += 2;
    withChips.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${parts[0]} ` },
        { type: 'citation', attrs: { ...a } },
        { type: 'text', text: ` ${parts[1]} ` },
        { type: 'citation', attrs: { ...b } },
        { type: 'text', text: ` ${parts[2]}.` },
      ],
    });
    plain.push({
      type: 'paragraph',
      content: [{ type: 'text', text: `${parts[0]} ${a.label} ${parts[1]} ${b.label} ${parts[2]}.` }],
    });
  }
  return { withChips: { type: 'doc', content: withChips }, plain: { type: 'doc', content: plain }, chips, words };
}
