import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG } from '../../../../shared/domain/checks/checkCatalog';
import type { CheckContext } from '../../../../shared/domain/checks/checkContext';
import { runPreSignChecks } from '../../../../shared/domain/checks/runPreSignChecks';
import { signingBlockers } from '../../../../shared/domain/checks/signingBlockers';
import {
  buildCheckContext,
  disputedItem,
  documentMeta,
  itemDetermination,
  MTUS_LOW_BACK,
  ODG_LOW_BACK_MRI,
  richDoc,
  snapshotOf,
  UR_DENIAL_TEXT,
  withItem,
} from './buildCheckContext';

/** A draft with one problem of each kind. */
function troubledContext(): CheckContext {
  const base = buildCheckContext({
    documents: [documentMeta('doc-pn', 'Progress note 5/2/19', false), documentMeta('doc-ur', 'UR determination')],
    letterText: 'Expert reviewer: Dana Whitfield, MD',
  });
  const odgOnly = richDoc(
    ['Per ', snapshotOf(ODG_LOW_BACK_MRI), ', repeat MRI needs new findings. TODO add exam.'],
    'Therefore, the request is medically necessary.',
  );
  return withItem(base, itemDetermination('item-mri', 'upheld', odgOnly));
}

describe('runPreSignChecks', () => {
  it('finds nothing for a complete, consistent draft', () => {
    expect(runPreSignChecks(buildCheckContext())).toEqual([]);
  });

  it('reports each problem once, with unique keys, in panel order', () => {
    const findings = runPreSignChecks(troubledContext());
    expect(findings.map((f) => f.key)).toEqual([
      'DECISION_CONCLUSION_MISMATCH@item:item-mri:rationale',
      'MTUS_NOT_CITED@item:item-mri:citations',
      'PLACEHOLDER_TEXT@item:item-mri:rationale',
      'DOCUMENT_NOT_REVIEWED@document:doc-pn',
      'REVIEWER_IDENTITY_IN_LETTER@letter',
    ]);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('gives the same keys when run again after an unrelated edit', () => {
    const first = runPreSignChecks(troubledContext()).map((f) => f.key);
    const edited = withItem(
      troubledContext(),
      itemDetermination(
        'item-pt',
        'overturned',
        richDoc(['New wording. ', snapshotOf(MTUS_LOW_BACK)], 'Therefore, the request is medically necessary.'),
      ),
    );
    expect(runPreSignChecks(edited).map((f) => f.key)).toEqual(first);
  });

  it('uses only codes listed in the check catalog, with the catalog severity', () => {
    const bySeverity = new Map<string, string>(CHECK_CATALOG.map((e) => [e.code, e.severity]));
    for (const f of runPreSignChecks(troubledContext())) expect(f.severity).toBe(bySeverity.get(f.code));
  });

  it('runs in well under 10 ms on a 10-item determination with long rationales while one rationale changes', () => {
    const paragraph = [
      'The MTUS recommends a time-limited course of treatment with documented functional improvement before more is authorized.',
      'The 5/2/19 progress note documents low back pain rated 6/10 with radiation to the left leg, and a positive straight leg raise.',
      'Strength, reflexes and sensation are normal, and there is no red flag such as progressive deficit, infection or fracture.',
      'Prior physical therapy improved sitting tolerance and she returned to modified duty, which is functional improvement.',
    ].join(' ');
    const items = Array.from({ length: 10 }, (_, i) => disputedItem(`item-${i}`, `Requested treatment number ${i}`, i));
    const rationale = (i: number, variant: number) =>
      richDoc(
        ['Per the MTUS ', snapshotOf(MTUS_LOW_BACK), ` (${variant}), `, paragraph],
        ...Array.from({ length: 12 }, () => paragraph),
        'Therefore, the request is medically necessary.',
      );
    const base = buildCheckContext({
      items,
      urDenialText: Array.from({ length: 40 }, () => UR_DENIAL_TEXT).join('\n'),
      documents: Array.from({ length: 60 }, (_, i) => documentMeta(`doc-${i}`, `Record ${i}`)),
    });
    const dets = items.map((it, i) => itemDetermination(it.id, 'overturned', rationale(i, 0)));
    const ctxFor = (variant: number): CheckContext => ({
      ...base,
      letterText: `${paragraph.repeat(200)}`,
      determination: {
        ...base.determination,
        items: dets.map((d, i) => (i === variant % 10 ? { ...d, rationale: rationale(i, variant) } : d)),
      },
    });
    expect(runPreSignChecks(ctxFor(0))).toEqual([]);
    const runs = 50;
    const started = performance.now();
    for (let v = 1; v <= runs; v++) runPreSignChecks(ctxFor(v));
    const perRun = (performance.now() - started) / runs;
    expect(perRun).toBeLessThan(10);
  });
});

describe('signingBlockers', () => {
  it('keeps errors even when their key is acknowledged, and drops acknowledged warnings', () => {
    const findings = runPreSignChecks(troubledContext());
    const warning = findings.find((f) => f.severity === 'warning');
    expect(warning?.key).toBe('MTUS_NOT_CITED@item:item-mri:citations');
    const acknowledged = new Set(findings.map((f) => f.key));
    expect(signingBlockers(findings, acknowledged).map((f) => f.severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(signingBlockers(findings, new Set())).toEqual(findings);
  });

  it('keeps an acknowledgment valid across re-runs of the checks', () => {
    const acknowledged = new Set(['MTUS_NOT_CITED@item:item-mri:citations']);
    const rerun = runPreSignChecks(troubledContext());
    expect(signingBlockers(rerun, acknowledged).some((f) => f.code === 'MTUS_NOT_CITED')).toBe(false);
  });

  it('returns nothing when there are only acknowledged warnings', () => {
    const base = buildCheckContext();
    const ctx = withItem(
      base,
      itemDetermination(
        'item-mri',
        'upheld',
        richDoc(['Per ', snapshotOf(ODG_LOW_BACK_MRI), ', no.'], 'Therefore, the request is not medically necessary.'),
      ),
    );
    const findings = runPreSignChecks(ctx);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(signingBlockers(findings, new Set(findings.map((f) => f.key)))).toEqual([]);
  });
});

describe('CHECK_CATALOG', () => {
  it('lists each code once with a severity and a one-line description', () => {
    expect(new Set(CHECK_CATALOG.map((e) => e.code)).size).toBe(CHECK_CATALOG.length);
    for (const entry of CHECK_CATALOG) {
      expect(['error', 'warning']).toContain(entry.severity);
      expect(entry.description).toMatch(/^[A-Z].*\.$/);
      expect(entry.description).not.toContain('\n');
    }
  });
});
