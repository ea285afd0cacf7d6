import type { DemoCase } from './demoWorkspace';
import type { RecordDraft } from './recordDraft';

/** A case with its records still as text. */
export interface DemoCaseDraft {
  record: Omit<DemoCase, 'documents'>;
  /** Printed under the title of every record page. */
  patientLine: string;
  documents: RecordDraft[];
}
