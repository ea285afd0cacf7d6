import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CANDIDATE_DIRS = [
  process.env['IMR_MTSAMPLES_DIR'],
  resolve('..', 'shared', 'data', 'mtsamples_processed'),
  '/work/shared/data/mtsamples_processed',
].filter((d): d is string => Boolean(d));

let cache: string[] | null = null;

/** Real de-identified notes (read at test time, never copied into the repo); synthetic prose when absent. */
export function medicalNotes(): string[] {
  const dir = CANDIDATE_DIRS.find((d) => existsSync(d));
  cache ??= dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : Array.from({ length: 200 }, (_, i) => syntheticNote(i));
  return cache;
}

/** `count` page texts cut from the notes in order, each about `chars` long, starting at note `offset`. */
export function medicalPages(count: number, offset = 0, chars = 2500): string[] {
  const notes = medicalNotes();
  return Array.from({ length: count }, (_, i) => (notes[(offset + i) % notes.length] ?? '').slice(0, chars));
}

function syntheticNote(i: number): string {
  const words = [
    'patient',
    'reports',
    'pain',
    'cervical',
    'lumbar',
    'examination',
    'tenderness',
    'range',
    'motion',
    'medication',
    'therapy',
    'follow',
    'history',
    'injury',
    'shoulder',
    'knee',
  ];
  return Array.from({ length: 400 }, (_, w) => words[(i * 7 + w * 13) % words.length]).join(' ');
}
