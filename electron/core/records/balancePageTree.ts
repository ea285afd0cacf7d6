// Its one caller, createViewingCopy, loads this module with import(), so pdf-lib stays out of start-up.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, ParseSpeeds, type PDFObject } from 'pdf-lib';

/** Kids per node of the rebuilt tree: pdf.js then reads about 2 × FANOUT objects to reach any page. */
export const PAGE_TREE_FANOUT = 32;
/** A node with more kids than this makes pdf.js read every one of them before the document opens. */
export const MAX_KIDS_PER_NODE = 128;

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((n) => PDFName.of(n));
const KIDS = PDFName.of('Kids');
const COUNT = PDFName.of('Count');
const PARENT = PDFName.of('Parent');
const TYPE = PDFName.of('Type');

interface Leaf {
  ref: PDFRef;
  dict: PDFDict;
  inherited: Map<PDFName, PDFObject>;
}

export type BalanceOutcome =
  | { /** The bytes to append to the original file. */ update: Uint8Array; pages: number }
  | { skipped: 'already-balanced' | 'encrypted' | 'unreadable' | 'unusual-tree' };

/**
 * An incremental update that gives the PDF a balanced page tree: appended to the original bytes (which stay
 * unchanged), it re-states only the page-tree nodes and the page dictionaries.
 * pdf.js checks the last page before it opens a document; in a flat tree of thousands of pages that
 * means reading every page object first.
 */
export async function balancePageTree(original: Uint8Array): Promise<BalanceOutcome> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(original, {
      ignoreEncryption: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Medium,
      throwOnInvalidObject: true,
    });
  } catch {
    return { skipped: 'unreadable' };
  }
  if (pdf.isEncrypted) return { skipped: 'encrypted' };
  // pdf-lib recovers what it can from a damaged file; one without a catalog has no tree to rebuild.
  const catalog: PDFDict | undefined = pdf.context.lookupMaybe(pdf.context.trailerInfo.Root, PDFDict);
  const rootRef = catalog?.get(PDFName.of('Pages'));
  const prev = lastStartXref(original);
  if (!(rootRef instanceof PDFRef) || prev === null) return { skipped: 'unusual-tree' };
  const walked = walkTree(pdf, rootRef);
  if (!walked) return { skipped: 'unusual-tree' };
  const rootDict = pdf.context.lookup(rootRef);
  const declared = rootDict instanceof PDFDict ? rootDict.lookupMaybe(COUNT, PDFNumber)?.asNumber() : undefined;
  if (!(rootDict instanceof PDFDict) || declared !== walked.leaves.length) return { skipped: 'unusual-tree' };
  if (walked.maxKids <= MAX_KIDS_PER_NODE) return { skipped: 'already-balanced' };

  const context = pdf.context;
  context.largestObjectNumber = Math.max(context.largestObjectNumber, declaredSize(original) - 1);
  const changed: Array<[PDFRef, PDFDict]> = [];
  let level: Array<{ ref: PDFRef; count: number; dict: PDFDict | null }> = walked.leaves.map((leaf) => ({
    ref: leaf.ref,
    count: 1,
    dict: null,
  }));
  const parentOf = new Map<PDFRef, PDFRef>();
  while (level.length > PAGE_TREE_FANOUT) {
    const next: typeof level = [];
    for (let i = 0; i < level.length; i += PAGE_TREE_FANOUT) {
      const kids = level.slice(i, i + PAGE_TREE_FANOUT);
      const ref = context.nextRef();
      const count = kids.reduce((sum, k) => sum + k.count, 0);
      const dict = context.obj({ Type: 'Pages', Kids: kids.map((k) => k.ref), Count: count });
      for (const kid of kids) parentOf.set(kid.ref, ref);
      changed.push([ref, dict]);
      next.push({ ref, count, dict });
    }
    level = next;
  }
  const newRoot = rootDict.clone(context);
  newRoot.set(KIDS, context.obj(level.map((k) => k.ref)));
  newRoot.set(COUNT, PDFNumber.of(walked.leaves.length));
  for (const kid of level) parentOf.set(kid.ref, rootRef);
  changed.push([rootRef, newRoot]);
  for (const [ref, dict] of changed) {
    const parent = parentOf.get(ref);
    if (parent && ref !== rootRef) dict.set(PARENT, parent);
  }
  for (const leaf of walked.leaves) {
    const page = leaf.dict.clone(context);
    for (const [key, value] of leaf.inherited) if (!page.has(key)) page.set(key, value);
    page.set(PARENT, parentOf.get(leaf.ref) ?? rootRef);
    changed.push([leaf.ref, page]);
  }
  return { update: writeIncrementalUpdate(original, pdf, changed, prev), pages: walked.leaves.length };
}

/** The original followed by an update from balancePageTree: the PDF a reader sees. */
export function withUpdate(original: Uint8Array, update: Uint8Array): Uint8Array {
  const out = new Uint8Array(original.byteLength + update.byteLength);
  out.set(original, 0);
  out.set(update, original.byteLength);
  return out;
}

/** Every page in order with the attributes it inherits from its ancestors; null for cycles or direct kids. */
function walkTree(pdf: PDFDocument, rootRef: PDFRef): { leaves: Leaf[]; maxKids: number } | null {
  const leaves: Leaf[] = [];
  const seen = new Set<PDFRef>();
  let maxKids = 0;
  const stack: Array<{ ref: PDFRef; inherited: Map<PDFName, PDFObject> }> = [{ ref: rootRef, inherited: new Map() }];
  while (stack.length > 0) {
    const { ref, inherited } = stack.pop() as { ref: PDFRef; inherited: Map<PDFName, PDFObject> };
    if (seen.has(ref)) return null;
    seen.add(ref);
    const dict = pdf.context.lookup(ref);
    if (!(dict instanceof PDFDict)) return null;
    const kids = dict.lookupMaybe(KIDS, PDFArray);
    const isNode =
      dict.get(TYPE) === PDFName.of('Pages') || (kids !== undefined && dict.get(TYPE) !== PDFName.of('Page'));
    if (!isNode) {
      leaves.push({ ref, dict, inherited });
      continue;
    }
    if (!kids) return null;
    const own = new Map(inherited);
    for (const key of INHERITABLE) {
      const value = dict.get(key);
      if (value !== undefined) own.set(key, value);
    }
    maxKids = Math.max(maxKids, kids.size());
    for (let i = kids.size() - 1; i >= 0; i--) {
      const kid = kids.get(i);
      if (!(kid instanceof PDFRef)) return null;
      stack.push({ ref: kid, inherited: own });
    }
  }
  return { leaves, maxKids };
}

function writeIncrementalUpdate(
  original: Uint8Array,
  pdf: PDFDocument,
  changed: ReadonlyArray<[PDFRef, PDFDict]>,
  prev: number,
): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = original.byteLength;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.byteLength;
  };
  const last = original[original.byteLength - 1];
  if (last !== 0x0a && last !== 0x0d) push(encoder.encode('\n'));
  const offsets = new Map<number, { generation: number; offset: number }>();
  for (const [ref, dict] of [...changed].sort((a, b) => a[0].objectNumber - b[0].objectNumber)) {
    offsets.set(ref.objectNumber, { generation: ref.generationNumber, offset: length });
    push(encoder.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
    const body = new Uint8Array(dict.sizeInBytes());
    dict.copyBytesInto(body, 0);
    push(body);
    push(encoder.encode('\nendobj\n'));
  }
  const xrefAt = length;
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let table = 'xref\n';
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    table += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const entry = offsets.get(numbers[k] as number) as { generation: number; offset: number };
      table += `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n\r\n`;
    }
    i = j + 1;
  }
  const trailer = pdf.context.obj({});
  trailer.set(PDFName.of('Size'), PDFNumber.of(pdf.context.largestObjectNumber + 1));
  for (const key of ['Root', 'Info', 'ID'] as const) {
    const value = pdf.context.trailerInfo[key];
    if (value) trailer.set(PDFName.of(key), value);
  }
  trailer.set(PDFName.of('Prev'), PDFNumber.of(prev));
  push(encoder.encode(`${table}trailer\n${trailer.toString()}\nstartxref\n${xrefAt}\n%%EOF\n`));
  const out = new Uint8Array(length - original.byteLength);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

const tail = (bytes: Uint8Array, n: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-n).toString('latin1');

function lastStartXref(bytes: Uint8Array): number | null {
  const matches = [...tail(bytes, 2048).matchAll(/startxref\s+(\d+)\s+%%EOF/g)];
  const offset = Number(matches.at(-1)?.[1]);
  return Number.isSafeInteger(offset) && offset > 0 && offset < bytes.byteLength ? offset : null;
}

/** The highest /Size any trailer near the end declares, so new object numbers never reuse a freed one. */
function declaredSize(bytes: Uint8Array): number {
  return Math.max(0, ...[...tail(bytes, 65536).matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1])));
}
