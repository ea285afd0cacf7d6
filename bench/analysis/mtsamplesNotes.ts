import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DocumentType } from '../../shared/domain';

/** One MTSamples note with the document type its metadata says it is (the analysis never sees the metadata). */
export interface LabelledNote {
  file: string;
  specialty: string;
  sampleName: string;
  type: DocumentType;
  /** The note's text in paragraphs, section headings on their own paragraph starts. */
  paragraphs: string[];
}

/** ../shared/data/mtsamples_processed from the repository or any folder above it (never copied into the repo). */
export function findMtsamplesDir(): string | null {
  const fromEnv = process.env['IMR_MTSAMPLES_DIR'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  let dir = resolve('.');
  for (;;) {
    const candidate = join(dir, 'shared', 'data', 'mtsamples_processed');
    if (existsSync(candidate) && dir !== resolve('.')) return candidate;
    const up = join(dir, '..', 'shared', 'data', 'mtsamples_processed');
    if (existsSync(up)) return up;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The notes whose type the MTSamples metadata (specialty and sample name) settles, labelled from that metadata
 * alone. Templates, diets and notes of no clear type are left out.
 */
export function loadLabelledNotes(dir: string): LabelledNote[] {
  const notes: LabelledNote[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const raw = readFileSync(join(dir, file), 'utf8');
    const lines = raw.split(/\r?\n/);
    const specialty = (lines[0] ?? '').replace(/^Medical Specialty:\s*/, '').trim();
    const sampleName = (lines[1] ?? '').replace(/^Sample Name:\s*/, '').trim();
    const body = lines.slice(4).join('\n');
    const type = labelOf(specialty, sampleName, body);
    if (!type) continue;
    const paragraphs = splitSections(body);
    if (paragraphs.join(' ').length < 400) continue;
    notes.push({ file, specialty, sampleName, type, paragraphs });
  }
  return withoutRepeats(notes);
}

/**
 * MTSamples files the same report under several specialties; two encounters made from one report would be real
 * duplicates, so each report is used once (a note sharing a fifth of its word triples with an earlier one is dropped).
 */
function withoutRepeats(notes: LabelledNote[]): LabelledNote[] {
  const owner = new Map<string, number>();
  const kept: LabelledNote[] = [];
  const sizes: number[] = [];
  for (const note of notes) {
    const words = note.paragraphs.join(' ').toLowerCase().split(/\W+/).filter(Boolean);
    const triples = new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
    const shared = new Map<number, number>();
    for (const t of triples) {
      const o = owner.get(t);
      if (o !== undefined) shared.set(o, (shared.get(o) ?? 0) + 1);
    }
    if ([...shared].some(([o, n]) => n >= Math.min(triples.size, sizes[o] ?? 0) * 0.2)) continue;
    for (const t of triples) if (!owner.has(t)) owner.set(t, kept.length);
    sizes.push(triples.size);
    kept.push(note);
  }
  return kept;
}

function labelOf(specialty: string, name: string, body: string): DocumentType | null {
  const n = name.toLowerCase();
  const start = body.slice(0, 300).toUpperCase();
  if (/template|diet|sample|normal .* exam|ros\b/i.test(n) || /autopsy|dentistry|diets/i.test(specialty)) return null;
  if (/discharge summary|transfer summary/.test(n) || specialty === 'Discharge Summary') return 'hospital_record';
  if (specialty === 'Emergency Room Reports') return 'hospital_record';
  if (specialty === 'Letters') return 'correspondence';
  if (/\b(ime|qme|records review|permanent & stationary|record review)\b/.test(n)) return 'medical_legal';
  if (/emg|nerve conduction|ncv/.test(n)) return 'diagnostic_test';
  if (specialty === 'Lab Medicine - Pathology') return 'diagnostic_test';
  if (/physical therapy|chiropractic progress/.test(n)) return 'therapy_note';
  if (specialty === 'Radiology' && !/consult/.test(n)) return 'imaging_report';
  if (/\bconsult|h&p|\bh & p|evaluation/.test(n) || specialty === 'Consult - History and Phy.') return 'consultation';
  if (/progress note|follow-?up|office visit|office note|soap/.test(n)) return 'progress_note';
  if (
    /^(PREOPERATIVE|PRE-OPERATIVE|PROCEDURE|OPERATION|OPERATIONS|PROCEDURES|TITLE OF (THE )?(OPERATION|PROCEDURE)|NAME OF (THE )?(OPERATION|PROCEDURE))/.test(
      start.trim(),
    )
  )
    return 'procedure_note';
  return null;
}

/** MTSamples glue sections together ("...pain.HISTORY OF PRESENT ILLNESS: ..."); put each on its own paragraph. */
function splitSections(body: string): string[] {
  return body
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\x20-\x7E\n]/g, ' ')
    .replace(/(?<=[.a-z)\]0-9])\s*(?=[A-Z][A-Z &/,()'-]{2,45}:)/g, '\n')
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0 && !/^Keywords:/i.test(p));
}
