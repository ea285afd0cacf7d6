import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, subDays } from 'date-fns';
import { CASE_FILE_NAME, type CaseFolder } from '../assignments';
import type { DemoCase } from './demoCases';
import { generateRecordPdf } from './generateRecordPdf';

/** Writes a demo case as an `assign`-ready folder (case.json + record PDFs) with dates relative to today. */
export async function writeDemoCaseFolder(demo: DemoCase, folder: string, today: Date): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const caseFile: CaseFolder = {
    ...demo.caseFile,
    case: {
      ...demo.caseFile.case,
      receivedDate: format(subDays(today, 3), 'yyyy-MM-dd'),
      dueDate: format(addDays(today, demo.dueInDays), 'yyyy-MM-dd'),
    },
  };
  writeFileSync(join(folder, CASE_FILE_NAME), JSON.stringify(caseFile, null, 2));
  for (const [file, spec] of Object.entries(demo.records)) {
    writeFileSync(join(folder, file), await generateRecordPdf(spec));
  }
  return folder;
}
