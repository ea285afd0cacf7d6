import { loadCatalog, toCitationSnapshot } from '../../../shared/citations';
import { citationContent, fieldContent, type NodeLike, type RichTextDoc } from '../../../shared/editor';

type Part = string | { cite: string } | { field: string };

function paragraph(...parts: Part[]): NodeLike & { content: NodeLike[] } {
  const catalog = loadCatalog();
  const content = parts.map((part): NodeLike => {
    if (typeof part === 'string') return { type: 'text', text: part } as NodeLike;
    if ('field' in part) return fieldContent(part.field);
    const entry = catalog.find((e) => e.id === part.cite);
    if (!entry) throw new Error(`The demo snippet cites ${part.cite}, which the catalog lacks`);
    return citationContent(toCitationSnapshot(entry));
  });
  return { type: 'paragraph', content };
}

function doc(...paragraphs: ReturnType<typeof paragraph>[]): RichTextDoc {
  return { type: 'doc', content: paragraphs } as RichTextDoc;
}

/** A few rationale snippets for the disputes reviewers see most: opioids, topical compounds, muscle relaxants, PT, MRI. */
export function demoSnippets(): Array<{ title: string; keywords: string; body: RichTextDoc }> {
  return [
    {
      title: 'Opioids: no documented functional improvement',
      keywords: 'opioid norco hydrocodone oxycodone tramadol weaning 4 As',
      body: doc(
        paragraph(
          { cite: 'mtus-cpmtg-opioids-on-going-management' },
          'California MTUS supports ongoing opioid treatment only with documentation of pain relief, functional improvement, appropriate medication use and side effects (the "4 A\'s"). The records document ',
          { field: 'pain scores and function on the medication' },
          ', but no objective functional improvement and no urine drug screen or signed opioid agreement. Weaning should be managed by the prescriber. Therefore, the request for ',
          { field: 'medication, strength and quantity' },
          ' is not medically necessary.',
        ),
      ),
    },
    {
      title: 'Topical compound with a non-recommended ingredient',
      keywords: 'topical compound cream flurbiprofen gabapentin cyclobenzaprine lidocaine',
      body: doc(
        paragraph(
          { cite: 'mtus-cpmtg-topical-analgesics' },
          'California MTUS states that any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended. The requested compound contains ',
          { field: 'ingredient that is not recommended' },
          ', which the guidelines do not recommend for topical use. Therefore, the request for ',
          { field: 'compound and quantity' },
          ' is not medically necessary.',
        ),
      ),
    },
    {
      title: 'Muscle relaxant beyond short-term use',
      keywords: 'muscle relaxant cyclobenzaprine flexeril soma carisoprodol tizanidine',
      body: doc(
        paragraph(
          { cite: 'mtus-cpmtg-muscle-relaxants-for-pain' },
          'California MTUS recommends non-sedating muscle relaxants with caution as a second-line option for short-term treatment of acute exacerbations of chronic low back pain. The records show use since ',
          { field: 'start date' },
          ' without an acute exacerbation. Therefore, the request for ',
          { field: 'medication and quantity' },
          ' is not medically necessary.',
        ),
      ),
    },
    {
      title: 'Physical therapy: additional sessions after a completed course',
      keywords: 'physical therapy pt sessions visits home exercise',
      body: doc(
        paragraph(
          { cite: 'mtus-cpmtg-physical-medicine' },
          'California MTUS allows for fading of treatment frequency plus active self-directed home physical medicine, 9-10 visits over 8 weeks for myalgia and myositis. The patient has completed ',
          { field: 'number of sessions' },
          ' sessions with ',
          { field: 'functional gains documented' },
          '. Therefore, the request for ',
          { field: 'sessions requested' },
          ' is not medically necessary.',
        ),
      ),
    },
    {
      title: 'Repeat lumbar MRI without a change in findings',
      keywords: 'mri lumbar repeat imaging red flags low back',
      body: doc(
        paragraph(
          { cite: 'mtus-acoem-2004-ch12-p303-304' },
          'California MTUS supports imaging when unequivocal objective findings identify specific nerve compromise on the neurologic examination. The prior MRI of ',
          { field: 'date of prior MRI' },
          ' showed ',
          { field: 'prior MRI findings' },
          ', and the records document no significant change in symptoms or findings since. Therefore, the request for a repeat lumbar MRI is not medically necessary.',
        ),
      ),
    },
  ];
}
