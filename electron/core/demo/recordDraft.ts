import type { DocumentType } from '../../../shared/domain';

/** A record document before rendering: its metadata and the text of its sections. */
export interface RecordDraft {
  title: string;
  docType: DocumentType;
  provider: string;
  /** Printed after the provider in the page header. */
  organization: string;
  serviceDate: string | null;
  dateLine: string;
  /** Each section starts a new page. */
  sections: string[][];
}
