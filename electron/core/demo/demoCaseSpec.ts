import type { DocumentType, Priority } from '../../../shared/domain';
import type { DemoItem } from './demoWorkspace';

export type BodyRegion = 'neck' | 'lowBack' | 'shoulder' | 'knee' | 'wrist' | 'wristInjury';

export interface DemoItemSpec extends DemoItem {
  /** Why the requesting physician asked for it (progress note plan). */
  rationale: string;
  /** The UR reviewer's clinical reasons (denial letter). */
  urReasons: string;
  /** What UR certified instead, for a modified item. */
  certified?: string;
}

/** A record with fixed text (imaging, consultation, procedure), dated relative to the UR decision. */
export interface FixedRecordSpec {
  title: string;
  docType: DocumentType;
  provider: string;
  organization: string;
  daysBeforeUr: number;
  paragraphs: string[];
}

export interface DemoCaseSpec {
  serial: string;
  priority: Priority;
  /** Negative when overdue. */
  dueInDays: number;
  receivedDaysAgo: number;
  urDaysBeforeReceived: number;
  injuryDaysAgo: number;
  claimantName: string;
  claimantAge: number;
  claimantSex: 'female' | 'male';
  occupation: string;
  mechanism: string;
  claimsAdministrator: string;
  urVendor: string;
  urReviewer: string;
  adjuster: string;
  primaryDiagnosis: string;
  requestingPhysician: string;
  physicianSpecialty: string;
  clinic: string;
  region: BodyRegion;
  bodyParts: string[];
  diagnoses: string[];
  medications: string[];
  /** The neurologic examination in the progress notes, when the case depends on it. */
  neuroFinding?: string;
  items: DemoItemSpec[];
  records: FixedRecordSpec[];
}
