import type { CaseRecord, Determination, DisputedItem, DocumentMeta, ReviewerProfile } from '..';
import type { CatalogEntry } from '../../citations';

/** Everything the pre-sign checks look at. Plain data; rules never mutate it. */
export interface CheckContext {
  readonly caseRecord: CaseRecord;
  readonly items: readonly DisputedItem[];
  readonly determination: Determination;
  readonly documents: readonly DocumentMeta[];
  /** Documents whose file is not here or does not open (never downloaded, damaged): they cannot have been read. */
  readonly unavailableDocumentIds?: readonly string[];
  /** Plain text of the UR denial/modification letter, or null when it is not in the file or not extracted. */
  readonly urDenialText: string | null;
  readonly profile: ReviewerProfile;
  /** True while no profile was ever saved (the demo reviewer stands in). */
  readonly profileIsDefault?: boolean | undefined;
  readonly catalog: readonly CatalogEntry[];
  /** The rendered letter's text, when a preview exists. */
  readonly letterText?: string | undefined;
  /** The letter PDF's document-information fields (Author, Title, Creator, ...). */
  readonly pdfMetadata?: Readonly<Record<string, string>> | undefined;
}
