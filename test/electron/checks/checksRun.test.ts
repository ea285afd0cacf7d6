import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/db/repositories/auditRepository';
import {
  completeDetermination,
  OWN_PROFILE,
  indexRecords,
  openSampleCase,
  paragraphs,
  type SampleCase,
} from '../../support/sampleCase';

describe('checks.run', () => {
  let s: SampleCase;
  beforeAll(async () => {
    s = await openSampleCase();
  });
  afterAll(() => s?.t.dispose());

  const codes = async () => (await s.t.call('checks.run', { caseId: s.caseId })).findings.map((f) => f.code);

  it('lists an error for every undecided item, the empty summary and each unreviewed document when the draft is new', async () => {
    const run = await s.t.call('checks.run', { caseId: s.caseId });
    expect(run.locked).toBe(false);
    expect(run.findings.filter((f) => f.code === 'ITEM_UNDECIDED').map((f) => f.target)).toEqual([
      { kind: 'item', itemId: s.mri.id, field: 'decision' },
      { kind: 'item', itemId: s.xray.id, field: 'decision' },
    ]);
    expect(run.findings.some((f) => f.code === 'SUMMARY_EMPTY')).toBe(true);
    expect(run.findings.filter((f) => f.code === 'DOCUMENT_NOT_REVIEWED')).toHaveLength(s.documents.length);
    expect(run.blockerKeys).toEqual(run.findings.map((f) => f.key));
  });

  it('drops the findings the stored draft fixes when the determination is completed', async () => {
    await completeDetermination(s);
    const run = await s.t.call('checks.run', { caseId: s.caseId });
    expect(run.findings).toEqual([]);
    expect(run.blockerKeys).toEqual([]);
  });

  it('reports a rationale whose conclusion contradicts the decision once it is saved', async () => {
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, decision: 'overturned' });
    expect(await codes()).toContain('DECISION_CONCLUSION_MISMATCH');
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, decision: 'upheld' });
    expect(await codes()).not.toContain('DECISION_CONCLUSION_MISMATCH');
  });

  it("finds the reviewer's name in the letter when the profile names them and the summary quotes it", async () => {
    const profile = (await s.t.call('profile.get', {})).profile;
    expect(profile).toEqual(OWN_PROFILE);
    await s.t.call('profile.save', { profile: { ...profile, name: 'Quillon Marchetti, MD', reviewerId: 'RVW-0042' } });
    expect(await s.t.call('profile.get', {})).toMatchObject({ isDefault: false, profile: { reviewerId: 'RVW-0042' } });
    const summary = await s.t.call('determinations.get', { caseId: s.caseId }).then((d) => d.summary);
    const signed = {
      ...summary,
      content: [
        ...(summary.content ?? []),
        ...(paragraphs([{ type: 'text', text: 'Reviewed by Quillon Marchetti.' }]).content ?? []),
      ],
    };
    await s.t.call('determinations.saveSummary', { caseId: s.caseId, summary: signed });
    expect(await codes()).toContain('REVIEWER_IDENTITY_IN_LETTER');
    await s.t.call('determinations.saveSummary', { caseId: s.caseId, summary });
    expect(await codes()).not.toContain('REVIEWER_IDENTITY_IN_LETTER');
  });

  it('flags a summary pasted from the UR letter once the records are indexed', async () => {
    await indexRecords(s);
    const urText = s.t.backend.ws.db
      .prepare(
        "select group_concat(p.text, ' ') as text from record_pages p join documents d on d.id = p.document_id where d.case_id = ? and d.doc_type = 'ur_denial'",
      )
      .get(s.caseId) as { text: string | null };
    expect(urText.text).toMatch(/cervical/i);
    const pasted = urText.text!.replace(/\s+/g, ' ').slice(0, 2500);
    const summary = await s.t.call('determinations.get', { caseId: s.caseId }).then((d) => d.summary);
    await s.t.call('determinations.saveSummary', {
      caseId: s.caseId,
      summary: paragraphs([{ type: 'text', text: pasted }]),
    });
    expect(await codes()).toContain('SUMMARY_COPIED_FROM_UR');
    await s.t.call('determinations.saveSummary', { caseId: s.caseId, summary });
    expect(await codes()).toEqual([]);
  });

  it('keeps an acknowledged warning out of the blockers and records the acknowledgment in the audit trail', async () => {
    await s.t.call('determinations.saveItem', {
      caseId: s.caseId,
      itemId: s.mri.id,
      rationale: paragraphs([{ type: 'text', text: 'The MTUS supports imaging for red flags.' }]),
    });
    let run = await s.t.call('checks.run', { caseId: s.caseId });
    const warning = run.findings.find((f) => f.severity === 'warning');
    expect(warning?.code).toBe('CONCLUSION_MISSING');
    const { acknowledgedKeys } = await s.t.call('checks.acknowledge', { caseId: s.caseId, key: warning!.key });
    expect(acknowledgedKeys).toEqual([warning!.key]);
    run = await s.t.call('checks.run', { caseId: s.caseId });
    expect(run.blockerKeys).not.toContain(warning!.key);
    expect(run.blockerKeys.length).toBe(run.findings.filter((f) => f.severity === 'error').length);
    const event = listAuditEvents(s.t.backend.ws.db, s.caseId).find((e) => e.action === 'checks.acknowledged');
    expect(JSON.parse(event!.details_json)).toEqual({ key: warning!.key, acknowledged: true });
  });

  it('refuses to acknowledge an error when asked to', async () => {
    const run = await s.t.call('checks.run', { caseId: s.caseId });
    const error = run.findings.find((f) => f.severity === 'error')!;
    await expect(s.t.call('checks.acknowledge', { caseId: s.caseId, key: error.key })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
