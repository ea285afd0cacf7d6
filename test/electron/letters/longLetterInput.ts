import type { DisputedItem } from '../../../shared/domain/caseModel';
import type { ItemDetermination } from '../../../shared/domain/determination';
import type { LetterInput } from '../../../shared/domain/letter/buildLetterModel';
import type { RichTextNode } from '../../../shared/editor/richText';
import { CHIPS, sampleLetterInput } from '../../shared/domain/letter/sampleLetterInput';

const SENTENCES = [
  'The progress notes document neck pain radiating to the left arm with intermittent numbness of the thumb and index finger.',
  'Examination findings over the last three visits are unchanged, with full strength, symmetric reflexes and intact sensation.',
  'The guideline supports repeat imaging only when there is a significant change in symptoms or findings suggestive of significant pathology.',
  'No such change is documented since the prior study, and the treating physician does not state how the result would alter management.',
  'Conservative care has included medication management, activity modification and a home exercise program with partial benefit.',
];

/** Roughly how many characters of rationale fill one letter page. */
const CHARS_PER_PAGE = 3100;

/** The sample case with `itemCount` items whose rationales together fill about `rationalePages` pages. */
export function longLetterInput(itemCount: number, rationalePages: number): LetterInput {
  const base = sampleLetterInput();
  const items: DisputedItem[] = Array.from({ length: itemCount }, (_, i) => ({
    id: `item-${i + 1}`,
    caseId: base.case.id,
    position: i,
    requestedTreatment: `Requested treatment number ${i + 1}`,
    urDecision: 'denied',
    caGuideline: 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
  }));
  const charsPerItem = Math.ceil((rationalePages * CHARS_PER_PAGE) / itemCount);
  const determinations: ItemDetermination[] = items.map((item, i) => ({
    itemId: item.id,
    decision: i % 2 === 0 ? 'upheld' : 'overturned',
    caGuideline: item.caGuideline,
    updatedAt: base.determination.updatedAt,
    rationale: { type: 'doc', content: rationaleBlocks(i, charsPerItem) },
  }));
  return { ...base, items, determination: { ...base.determination, items: determinations } };
}

function rationaleBlocks(item: number, chars: number): RichTextNode[] {
  const blocks: RichTextNode[] = [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Per ' },
        { type: 'citation', attrs: { ...CHIPS.acoemCh8 } },
        { type: 'text', text: ', imaging is ' },
        { type: 'text', text: 'not', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' routinely indicated; ' },
        { type: 'text', text: 'see the note of 6/6/14', marks: [{ type: 'italic' }] },
        { type: 'text', text: ', which is decisive', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' (' },
        { type: 'quote', attrs: { text: 'no new neurologic deficit', documentId: 'd1', page: 2 } },
        { type: 'text', text: ').' },
      ],
    },
  ];
  let written = 0;
  for (let p = 0; written < chars; p++) {
    if (p % 6 === 5) {
      blocks.push({
        type: 'heading',
        attrs: { level: 3 },
        content: [{ type: 'text', text: `Item ${item + 1}, consideration ${p}` }],
      });
      blocks.push(list(p % 12 === 5, [SENTENCES[0] as string, SENTENCES[2] as string, SENTENCES[4] as string]));
      written += 400;
      continue;
    }
    const text = Array.from({ length: 6 }, (_, k) => SENTENCES[(p + k) % SENTENCES.length]).join(' ');
    blocks.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    written += text.length;
  }
  blocks.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: `Therefore, the request for treatment number ${item + 1} was not medically necessary.` },
    ],
  });
  return blocks;
}

function list(ordered: boolean, texts: string[]): RichTextNode {
  return {
    type: ordered ? 'orderedList' : 'bulletList',
    content: texts.map((text) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    })),
  };
}
