import type { CaseRecord, DisputedItem, DocumentMeta } from '../caseModel';
import type { CatalogEntry } from '../../citations/citation';
import type { Determination } from '../determination';
import type { ReviewerProfile } from '../reviewerProfile';

/** Everything the pre-sign checks look at. Plain data; rules never mutate it. */
export interface CheckContext {
  readonly caseRecord: CaseRecord;
  readonly items: readonly DisputedItem[];
  readonly determination: Determination;
  readonly documents: readonly DocumentMeta[];
  /** Plain text of the UR denial/modification letter, or null when it is not in the file or not extracted. */
  readonly urDenialText: string | null;
  readonly profile: ReviewerProfile;
  readonly catalog: readonly CatalogEntry[];
  /** The rendered letter's text, when a preview exists. */
  readonly letterText?: string | undefined;
  /** The letter PDF's document-information fields (Author, Title, Creator, ...). */
  readonly pdfMetadata?: Readonly<Record<string, string>> | undefined;
}
