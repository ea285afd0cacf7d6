import type { CaseFolder } from '../assignments';
import type { RecordPdfSpec } from './generateRecordPdf';

export interface DemoCase {
  /** Days from today to the due date; negative means overdue. */
  dueInDays: number;
  caseFile: Omit<CaseFolder, 'case'> & { case: Omit<CaseFolder['case'], 'receivedDate' | 'dueDate'> };
  records: Record<string, RecordPdfSpec>;
}

const lumbar: DemoCase = {
  dueInDays: 5,
  caseFile: {
    case: {
      caseNumber: 'CM24-0100101',
      priority: 'standard',
      dateOfInjury: '2022-03-14',
      urDecisionDate: '2024-05-02',
      applicationDate: '2024-05-20',
      claimantName: 'Claimant A. (demo)',
      claimantAge: 47,
      claimantSex: 'female',
      claimsAdministrator: 'Golden State Claims Services (demo)',
      requestingPhysician: 'R. Ortiz, MD',
      physicianSpecialty: 'Physical Medicine and Rehabilitation',
      bodyParts: ['lumbar spine'],
    },
    items: [
      {
        requestedTreatment: 'Physical therapy 2x/week x 6 weeks, lumbar spine',
        urDecision: 'modified',
        caGuideline: 'MTUS ACOEM Low Back Disorders',
      },
      {
        requestedTreatment: 'MRI lumbar spine without contrast',
        urDecision: 'denied',
        caGuideline: 'MTUS ACOEM Low Back Disorders',
      },
    ],
    documents: [
      {
        file: 'progress-note-2024-04-18.pdf',
        title: 'PR-2 progress report',
        docType: 'progress_note',
        provider: 'R. Ortiz, MD',
        serviceDate: '2024-04-18',
      },
      {
        file: 'ur-denial-2024-05-02.pdf',
        title: 'Utilization review determination',
        docType: 'ur_denial',
        provider: 'Demo UR Services',
        serviceDate: '2024-05-02',
      },
    ],
  },
  records: {
    'progress-note-2024-04-18.pdf': {
      title: 'Primary treating physician progress report (PR-2)',
      pages: [
        'Subjective: low back pain 6/10 radiating to the left buttock, worse with sitting. No bowel or bladder change.\nObjective: lumbar flexion 40 degrees, straight leg raise negative bilaterally, motor 5/5, reflexes symmetric.',
        'Assessment: lumbar strain, chronic. Prior physical therapy 8 visits in 2022 with functional gain.\nPlan: physical therapy 2x/week x 6 weeks; MRI lumbar spine to evaluate persistent symptoms.',
      ],
    },
    'ur-denial-2024-05-02.pdf': {
      title: 'Utilization review determination',
      pages: [
        'Request 1: physical therapy 12 visits - modified to 6 visits. Request 2: MRI lumbar spine - non-certified: no red flags and no neurologic deficit documented.',
      ],
    },
  },
};

const shoulder: DemoCase = {
  dueInDays: 2,
  caseFile: {
    case: {
      caseNumber: 'CM24-0100102',
      priority: 'expedited',
      dateOfInjury: '2023-08-09',
      urDecisionDate: '2024-06-10',
      applicationDate: '2024-06-12',
      claimantName: 'Claimant B. (demo)',
      claimantAge: 55,
      claimantSex: 'male',
      claimsAdministrator: 'Pacific Employers Mutual (demo)',
      requestingPhysician: 'S. Kim, MD',
      physicianSpecialty: 'Orthopaedic Surgery',
      bodyParts: ['right shoulder'],
    },
    items: [
      {
        requestedTreatment: 'Right shoulder arthroscopic subacromial decompression',
        urDecision: 'denied',
        caGuideline: 'MTUS ACOEM Shoulder Disorders',
      },
    ],
    documents: [
      {
        file: 'ortho-consult-2024-05-28.pdf',
        title: 'Orthopaedic consultation',
        docType: 'consultation',
        provider: 'S. Kim, MD',
        serviceDate: '2024-05-28',
      },
      {
        file: 'mri-right-shoulder-2024-05-15.pdf',
        title: 'MRI right shoulder',
        docType: 'imaging_report',
        provider: 'Demo Imaging Center',
        serviceDate: '2024-05-15',
      },
    ],
  },
  records: {
    'ortho-consult-2024-05-28.pdf': {
      title: 'Orthopaedic surgery consultation',
      pages: [
        'Right shoulder pain for 9 months despite 3 months of therapy and one subacromial injection with temporary relief. Positive Neer and Hawkins signs. Plan: arthroscopic subacromial decompression.',
      ],
    },
    'mri-right-shoulder-2024-05-15.pdf': {
      title: 'MRI right shoulder without contrast',
      pages: [
        'Impression: supraspinatus tendinosis without full-thickness tear. Type II acromion. Mild subacromial bursitis.',
      ],
    },
  },
};

const medication: DemoCase = {
  dueInDays: 9,
  caseFile: {
    case: {
      caseNumber: 'CM24-0100103',
      priority: 'standard',
      dateOfInjury: '2019-11-21',
      urDecisionDate: '2024-06-01',
      applicationDate: null,
      claimantName: 'Claimant C. (demo)',
      claimantAge: 61,
      claimantSex: 'unspecified',
      claimsAdministrator: 'Golden State Claims Services (demo)',
      requestingPhysician: 'L. Patel, MD',
      physicianSpecialty: 'Pain Medicine',
      bodyParts: ['cervical spine', 'left upper extremity'],
    },
    items: [
      {
        requestedTreatment: 'Gabapentin 600 mg #90',
        urDecision: 'denied',
        caGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
      },
      {
        requestedTreatment: 'Cyclobenzaprine 7.5 mg #60',
        urDecision: 'denied',
        caGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
      },
    ],
    documents: [
      {
        file: 'pain-management-2024-05-20.pdf',
        title: 'Pain management follow-up',
        docType: 'progress_note',
        provider: 'L. Patel, MD',
        serviceDate: '2024-05-20',
      },
    ],
  },
  records: {
    'pain-management-2024-05-20.pdf': {
      title: 'Pain management follow-up',
      pages: [
        'Neck and left arm pain with paresthesias in the C6 distribution. Gabapentin reduces pain from 8/10 to 5/10 and allows light housework.',
        'Cyclobenzaprine taken nightly for 14 months. Plan: continue both medications; urine drug screen consistent.',
      ],
    },
  },
};

export const DEMO_CASES: readonly DemoCase[] = [lumbar, shoulder, medication];
