import { createHash } from 'node:crypto';
import { clearLineCaches } from './createLineCache';
import type { PageFacts } from './describePage';
import { findSimilarPages, type ComparablePage } from './findSimilarPages';
import type { PageKey, SimilarityEdge } from './groupDuplicates';
import { normalizeForDuplicates } from './normalizeForDuplicates';
import { pageFingerprint } from './pageFingerprint';
import { segmentDocument, type DetectedEncounter, type SegmentOptions } from './segmentDocument';

export interface CaseFileDocument {
  id: string;
  pages: readonly { page: number; text: string }[];
  boundaries?: ReadonlyMap<number, 'split' | 'merge'>;
}

export interface CaseFileAnalysis {
  encounters: (DetectedEncounter & { documentId: string })[];
  /** Pairs of alike pages down to SIMILARITY_FLOOR, so any threshold the reviewer picks above it needs no new run. */
  edges: SimilarityEdge[];
  pages: number;
  /** False when the time budget ran out before every pair of pages was compared. */
  complete: boolean;
}

/** The lowest duplicate threshold a reviewer can choose; pairs below it are not kept. */
export const SIMILARITY_FLOOR = 0.5;
/** Pages with less text than this are too poor to compare by text (exact copies are still found). */
const MIN_TEXT = 80;

/**
 * The whole analysis of a case file, pure: encounters per document (documents in the order given, which is the
 * order duplicates prefer their principal in), and every pair of alike pages. Exact copies are found by hash and
 * compared no further, so a page repeated 500 times costs one comparison, not 125,000.
 */
export async function analyzeCaseFile(
  documents: readonly CaseFileDocument[],
  opts: Omit<SegmentOptions, 'boundaries'> & {
    /** performance.now() after which the duplicate search stops (encounters are always read in full). */
    deadline?: number;
    /** Called every few pages so a caller on the main thread can let other work run. */
    pause?: () => Promise<void>;
  },
): Promise<CaseFileAnalysis> {
  try {
    return await analyzeDocuments(documents, opts);
  } finally {
    clearLineCaches();
  }
}

async function analyzeDocuments(
  documents: readonly CaseFileDocument[],
  opts: Parameters<typeof analyzeCaseFile>[1],
): Promise<CaseFileAnalysis> {
  const encounters: CaseFileAnalysis['encounters'] = [];
  const candidates: Candidate[] = [];
  const edges: SimilarityEdge[] = [];
  const classes = new Map<string, number>();
  // Near copies are looked for among pages with enough text once numbers and headers are set aside.
  const textual: number[] = [];
  const comparable: ComparablePage[] = [];
  for (const doc of documents) {
    const { encounters: found, facts } = await segmentDocument(doc.pages, { ...opts, boundaries: doc.boundaries });
    encounters.push(...found.map((e) => ({ ...e, documentId: doc.id })));
    for (const [i, fact] of facts.entries()) {
      if (opts.pause && i % 50 === 49) await opts.pause();
      const raw = doc.pages[i]?.text ?? '';
      if (raw.length < MIN_TEXT) continue;
      const key = { documentId: doc.id, page: fact.page };
      const hash = createHash('sha1').update(raw).digest('base64');
      const rep = classes.get(hash);
      if (rep !== undefined) {
        const r = candidates[rep] as Candidate;
        candidates.push({ key, weight: r.weight });
        edges.push(edge(r, { key, weight: r.weight }, 1, 'exact'));
        continue;
      }
      classes.set(hash, candidates.length);
      const normalized = normalizeForDuplicates(fact.layout);
      if (normalized.length >= MIN_TEXT) {
        textual.push(candidates.length);
        comparable.push({ fingerprint: pageFingerprint(normalized), serviceDates: statedServiceDates(fact) });
      }
      candidates.push({ key, weight: normalized.length });
    }
  }

  const { pairs, complete } = await findSimilarPages(comparable, SIMILARITY_FLOOR, opts.deadline, opts.pause);
  for (const pair of pairs) {
    const a = candidates[textual[pair.a] as number] as Candidate;
    const b = candidates[textual[pair.b] as number] as Candidate;
    edges.push(edge(a, b, Math.round(pair.similarity * 1000) / 1000, 'text'));
  }
  const pages = documents.reduce((n, d) => n + d.pages.length, 0);
  return { encounters, edges, pages, complete };
}

/** A page with text enough to compare; its weight is the length of its normalized text (more text, better copy). */
interface Candidate {
  key: PageKey;
  weight: number;
}

function edge(a: Candidate, b: Candidate, similarity: number, method: SimilarityEdge['method']): SimilarityEdge {
  return { a: a.key, b: b.key, similarity, method, weightA: a.weight, weightB: b.weight };
}

function statedServiceDates(fact: PageFacts): string[] {
  return [
    ...new Set(
      fact.dates.filter((d) => !d.furniture && (d.role === 'service' || d.role === 'document')).map((d) => d.iso),
    ),
  ];
}
