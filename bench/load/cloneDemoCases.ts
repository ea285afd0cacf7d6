import { randomUUID } from 'node:crypto';
import type { CaseStatus } from '../../shared/domain';
import { createSeededRandom } from '../../shared/random';
import { insertCase, insertDocument, insertItem, insertPages, upsertIndexState, type Db } from '../../electron/core/db';
import { EXTRACTOR } from '../../electron/core/records/commitImportedDocument';
import type { CaseTemplate, TemplateDocument } from './readDemoTemplates';
import { syntheticName } from './syntheticNames';

export interface CloneTargets {
  /** Cases to add beside the demo's. */
  cases: number;
  /** Indexed record pages to reach over the added cases (the long compilation record tops cases up). */
  pages: number;
  /** Of the added cases, how many stay open (assigned, in progress, ready to sign); the others are closed. */
  active: number;
  /** Of the added closed cases, how many are left for signing (status assigned until signed); the rest are withdrawn. */
  toSign: number;
  today: string;
}

export interface ClonedCases {
  activeIds: string[];
  toSignIds: string[];
  pages: number;
  documents: number;
}

const DAY_MS = 86_400_000;
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const OPEN: CaseStatus[] = ['assigned', 'in_progress', 'ready_to_sign'];
const BATCH = 250;

/**
 * Adds cases made from the demo's: a new case number, claimant and dates, the same stored record files, and page
 * texts with the claimant's name swapped in (so names are searchable per case). Open cases are recent; closed ones
 * spread back over about five years, so an archive retention has something to act on.
 */
export function cloneDemoCases(db: Db, templates: readonly CaseTemplate[], targets: CloneTargets): ClonedCases {
  const rng = createSeededRandom(17);
  const compilation = longestDocument(templates);
  const out: ClonedCases = { activeIds: [], toSignIds: [], pages: 0, documents: 0 };
  const at = `${targets.today}T08:00:00.000Z`;
  for (let start = 0; start < targets.cases; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(targets.cases, start + BATCH); i++) {
        const template = templates[i % templates.length];
        if (!template) throw new Error('no demo templates');
        const active = i < targets.active;
        const toSign = !active && i < targets.active + targets.toSign;
        const receivedDaysAgo = active
          ? rng.int(1, 25)
          : 40 + Math.floor(((i - targets.active) * 1800) / targets.cases);
        const receivedDate = shift(targets.today, -receivedDaysAgo);
        const caseId = randomUUID();
        const claimantName = syntheticName(rng);
        const { record } = template;
        insertCase(db, {
          ...record,
          id: caseId,
          caseNumber: `CM${receivedDate.slice(2, 4)}-${String(2_000_000 + i).padStart(7, '0')}`,
          claimantName,
          claimantAge: rng.int(24, 67),
          receivedDate,
          dueDate: shift(receivedDate, record.priority === 'expedited' ? 3 : 30),
          urDecisionDate: shift(receivedDate, -rng.int(10, 40)),
          applicationDate: shift(receivedDate, -rng.int(2, 9)),
          dateOfInjury: shift(receivedDate, -rng.int(200, 3000)),
          status: active ? rng.pick(OPEN) : toSign ? 'assigned' : 'withdrawn',
          updatedAt: at,
        });
        template.items.forEach((item, position) => insertItem(db, { ...item, id: randomUUID(), caseId, position }));
        const wanted = Math.round(((i + 1) * targets.pages) / targets.cases) - out.pages;
        const docs = [...template.documents];
        const own = docs.reduce((n, d) => n + d.pageCount, 0);
        if (compilation && own < wanted && !docs.some((d) => d.sha256 === compilation.sha256)) docs.push(compilation);
        for (const doc of docs) {
          const documentId = randomUUID();
          insertDocument(db, {
            id: documentId,
            caseId,
            title: doc.title,
            docType: doc.docType as never,
            provider: doc.provider,
            serviceDate: doc.serviceDate,
            sha256: doc.sha256,
            pageCount: doc.pageCount,
            mimeType: doc.mimeType,
            sizeBytes: doc.sizeBytes,
            fileLocation: doc.fileLocation,
            reviewed: !active,
            importedAt: at,
          });
          const texts = doc.pages.map((text) => text.split(record.claimantName).join(claimantName));
          insertPages(
            db,
            documentId,
            caseId,
            texts.map((text, p) => ({ page: p + 1, text })),
          );
          upsertIndexState(db, {
            documentId,
            textPages: texts.length,
            scannedPages: 0,
            extractor: EXTRACTOR,
            indexedAt: at,
          });
          out.pages += texts.length;
          out.documents++;
        }
        if (active) out.activeIds.push(caseId);
        if (toSign) out.toSignIds.push(caseId);
      }
    })();
  }
  return out;
}

function longestDocument(templates: readonly CaseTemplate[]): TemplateDocument | null {
  let best: TemplateDocument | null = null;
  for (const t of templates) for (const d of t.documents) if (!best || d.pageCount > best.pageCount) best = d;
  return best;
}
