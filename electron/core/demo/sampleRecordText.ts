import type { DocumentType } from '../../../shared/domain';

/** A record of the sample case, with its fixed date and text. */
export interface SampleRecordText {
  date: string;
  title: string;
  docType: DocumentType;
  provider: string;
  organization: string;
  paragraphs: string[];
}
