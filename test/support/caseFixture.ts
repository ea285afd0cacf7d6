import type { CaseRecord } from '../../shared/domain/caseModel';

export function caseFixture(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    caseNumber: 'CM14-0012345',
    priority: 'standard',
    status: 'assigned',
    receivedDate: '2026-11-20',
    dueDate: '2026-11-30',
    dateOfInjury: '2008-10-08',
    urDecisionDate: '2014-04-03',
    applicationDate: '2014-04-20',
    claimantName: 'Test Claimant',
    claimantAge: 59,
    claimantSex: 'female',
    claimsAdministrator: 'Example Insurance',
    requestingPhysician: 'Dr. Example',
    physicianSpecialty: 'Orthopedic Surgery',
    bodyParts: ['neck'],
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}
