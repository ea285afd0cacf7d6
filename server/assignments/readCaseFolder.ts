import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc';
import { countPdfPages, mimeTypeOf } from '../records';

import { CASE_FILE_NAME, caseFolderSchema, type CaseFolder } from './caseFolderSchema';
import { errorMessage } from '../../shared/errorMessage';

export interface CaseFolderFile {
  bytes: Buffer;
  mimeType: string;
  pageCount: number;
}

export interface LoadedCaseFolder {
  caseFile: CaseFolder;
  /** In the order of caseFile.documents. */
  files: CaseFolderFile[];
}

export async function readCaseFolder(folder: string): Promise<LoadedCaseFolder> {
  const casePath = join(folder, CASE_FILE_NAME);
  if (!existsSync(casePath)) throw new AppError('NOT_FOUND', `${folder} has no ${CASE_FILE_NAME}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(casePath, 'utf8'));
  } catch (error) {
    throw new AppError('BAD_FILE', `${casePath} is not valid JSON: ${errorMessage(error)}`);
  }
  const parsed = caseFolderSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('BAD_FILE', `${casePath}: ${first?.path.join('.') || '(top)'}: ${first?.message ?? 'invalid'}`);
  }
  const files: CaseFolderFile[] = [];
  for (const doc of parsed.data.documents) {
    const filePath = join(folder, doc.file);
    if (!existsSync(filePath))
      throw new AppError('NOT_FOUND', `${CASE_FILE_NAME} lists ${doc.file} but ${folder} has no such file.`);
    const bytes = readFileSync(filePath);
    const mimeType = doc.mimeType ?? mimeTypeOf(doc.file);
    files.push({ bytes, mimeType, pageCount: mimeType === 'application/pdf' ? await countPdfPages(bytes) : 0 });
  }
  return { caseFile: parsed.data, files };
}
