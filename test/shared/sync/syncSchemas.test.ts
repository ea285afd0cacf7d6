import { describe, expect, it } from 'vitest';
import { assignmentChangeSchema } from '../../../shared/sync/assignmentChangeSchema';
import { assignmentsPageSchema, assignmentsQuerySchema } from '../../../shared/sync/assignmentsFeedSchema';
import {
  determinationReceiptSchema,
  determinationUploadSchema,
  idempotencyKeySchema,
} from '../../../shared/sync/determinationUploadSchema';
import { meResponseSchema } from '../../../shared/sync/meResponseSchema';
import { recordParamsSchema } from '../../../shared/sync/recordParamsSchema';
import { syncErrorBodySchema } from '../../../shared/sync/syncErrorBodySchema';

const SHA = 'a'.repeat(64);
const caseRecord = {
  id: 'case-1',
  caseNumber: 'CM24-0100101',
  priority: 'standard',
  status: 'assigned',
  receivedDate: '2024-05-21',
  dueDate: '2024-06-20',
  dateOfInjury: '2022-03-14',
  urDecisionDate: '2024-05-02',
  applicationDate: null,
  claimantName: 'Claimant A.',
  claimantAge: 47,
  claimantSex: 'female',
  claimsAdministrator: 'Claims Co',
  requestingPhysician: 'R. Ortiz, MD',
  physicianSpecialty: 'PM&R',
  bodyParts: ['lumbar spine'],
  updatedAt: '2024-05-21T10:00:00.000Z',
};
const assigned = {
  kind: 'assigned',
  seq: 3,
  caseId: 'case-1',
  caseNumber: 'CM24-0100101',
  at: '2024-05-21T10:00:00.000Z',
  assignment: {
    case: caseRecord,
    items: [
      {
        id: 'case-1-item-1',
        caseId: 'case-1',
        position: 0,
        requestedTreatment: 'PT x6',
        urDecision: 'denied',
        caGuideline: '',
      },
    ],
    documents: [
      {
        id: 'case-1-doc-1',
        caseId: 'case-1',
        title: 'PR-2',
        docType: 'progress_note',
        provider: 'R. Ortiz, MD',
        serviceDate: '2024-04-18',
        sha256: SHA,
        pageCount: 2,
        mimeType: 'application/pdf',
        sizeBytes: 1234,
        reviewed: false,
        importedAt: '2024-05-21T10:00:00.000Z',
      },
    ],
  },
};

describe('assignmentChangeSchema', () => {
  it('accepts an assignment, a withdrawal and a reassignment when each is well formed', () => {
    expect(assignmentChangeSchema.parse(assigned).kind).toBe('assigned');
    const base = {
      seq: 4,
      caseId: 'case-1',
      caseNumber: 'CM24-0100101',
      at: '2024-05-22T10:00:00.000Z',
      reason: 'Settled',
    };
    expect(assignmentChangeSchema.parse({ ...base, kind: 'withdrawn' }).kind).toBe('withdrawn');
    expect(assignmentChangeSchema.parse({ ...base, kind: 'reassigned' }).kind).toBe('reassigned');
  });

  it('rejects a change when the kind is unknown, the sequence is not positive or a document hash is malformed', () => {
    expect(assignmentChangeSchema.safeParse({ ...assigned, kind: 'deleted' }).success).toBe(false);
    expect(assignmentChangeSchema.safeParse({ ...assigned, seq: 0 }).success).toBe(false);
    const badDoc = { ...assigned.assignment.documents[0], sha256: 'XYZ' };
    expect(
      assignmentChangeSchema.safeParse({ ...assigned, assignment: { ...assigned.assignment, documents: [badDoc] } })
        .success,
    ).toBe(false);
  });
});

describe('assignmentsFeedSchema', () => {
  it('defaults the limit and coerces it from the query string when no limit or a text limit is sent', () => {
    expect(assignmentsQuerySchema.parse({})).toEqual({ limit: 100 });
    expect(assignmentsQuerySchema.parse({ cursor: 'abc.3', limit: '20' })).toEqual({ cursor: 'abc.3', limit: 20 });
  });

  it('rejects a query when the limit is out of range or the cursor is empty', () => {
    expect(assignmentsQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(assignmentsQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(assignmentsQuerySchema.safeParse({ cursor: '' }).success).toBe(false);
  });

  it('accepts a page and rejects one without has_more', () => {
    expect(assignmentsPageSchema.parse({ items: [assigned], cursor: 'e.3', has_more: false }).items).toHaveLength(1);
    expect(assignmentsPageSchema.safeParse({ items: [], cursor: 'e.3' }).success).toBe(false);
  });
});

describe('determinationUploadSchema', () => {
  const upload = {
    manifestJson: '{"format":"imr-determination-package/1"}',
    manifestSig: 'MIAGCSqGSIb3DQEHAqCAMIACAQEx',
    files: { 'letter.pdf': 'JVBERi0=', 'determination.json': 'e30=', 'certificate.pem': 'LS0t' },
  };

  it('accepts a package transport and rejects one when a file is missing', () => {
    expect(determinationUploadSchema.parse(upload).files['letter.pdf']).toBe('JVBERi0=');
    const { 'letter.pdf': _missing, ...rest } = upload.files;
    expect(determinationUploadSchema.safeParse({ ...upload, files: rest }).success).toBe(false);
  });

  it('accepts a UUID as idempotency key and rejects short or spaced keys', () => {
    expect(idempotencyKeySchema.safeParse('5b0f3c1e-1f7e-4c1a-9a55-6a3f0b7d2c11').success).toBe(true);
    expect(idempotencyKeySchema.safeParse('short').success).toBe(false);
    expect(idempotencyKeySchema.safeParse('has spaces in the key!').success).toBe(false);
  });

  it('accepts a receipt and rejects one when packageSha256 is not a hex SHA-256', () => {
    const receipt = {
      receiptId: 'r-1',
      receivedAt: '2024-05-22T10:00:00.000Z',
      packageSha256: SHA,
      caseNumber: 'CM24-0100101',
      caseId: 'case-1',
      determinationVersion: 1,
    };
    expect(determinationReceiptSchema.parse(receipt)).toEqual(receipt);
    expect(determinationReceiptSchema.safeParse({ ...receipt, packageSha256: 'abc' }).success).toBe(false);
  });
});

describe('syncErrorBodySchema', () => {
  it('accepts an error with problems and rejects a bare message when the code is missing', () => {
    const body = {
      error: {
        code: 'PACKAGE_INVALID',
        message: 'Bad',
        problems: [{ file: 'letter.pdf', code: 'HASH_MISMATCH', message: 'x' }],
      },
    };
    expect(syncErrorBodySchema.parse(body)).toEqual(body);
    expect(syncErrorBodySchema.safeParse({ error: { message: 'Bad' } }).success).toBe(false);
  });
});

describe('meResponseSchema and recordParamsSchema', () => {
  it('accept good values and reject uppercase hashes and missing ids', () => {
    expect(
      meResponseSchema.safeParse({ reviewerId: 'RVW-1', displayName: '', protocolVersion: 1, serverTime: 'now' })
        .success,
    ).toBe(true);
    expect(meResponseSchema.safeParse({ displayName: '', protocolVersion: 1, serverTime: 'now' }).success).toBe(false);
    expect(recordParamsSchema.safeParse({ sha256: SHA }).success).toBe(true);
    expect(recordParamsSchema.safeParse({ sha256: SHA.toUpperCase() }).success).toBe(false);
  });
});
