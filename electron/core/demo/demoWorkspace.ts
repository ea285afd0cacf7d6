import type { DocumentType, Priority, UrDecision } from '../../../shared/domain';

export interface DemoDocument {
  title: string;
  docType: DocumentType;
  provider: string;
  serviceDate: string | null;
  /** What a reader sees on each page (header, paragraphs with wrapped lines joined by a space, footer). */
  pages: string[];
  pdf: Uint8Array;
}

export interface DemoItem {
  requestedTreatment: string;
  urDecision: UrDecision;
  caGuideline: string;
}

export interface DemoCase {
  caseNumber: string;
  priority: Priority;
  receivedDate: string;
  dueDate: string;
  dateOfInjury: string;
  urDecisionDate: string;
  applicationDate: string | null;
  claimantName: string;
  claimantAge: number;
  claimantSex: 'female' | 'male' | 'unspecified';
  claimsAdministrator: string;
  requestingPhysician: string;
  physicianSpecialty: string;
  bodyParts: string[];
  items: DemoItem[];
  documents: DemoDocument[];
}

export interface DemoWorkspace {
  cases: DemoCase[];
}
