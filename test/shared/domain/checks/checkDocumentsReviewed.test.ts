import { describe, expect, it } from 'vitest';
import { checkDocumentsReviewed } from '../../../../shared/domain/checks/rules/checkDocumentsReviewed';
import { buildCheckContext, documentMeta } from './buildCheckContext';

describe('checkDocumentsReviewed', () => {
  it('finds nothing when every document is marked reviewed', () => {
    expect(checkDocumentsReviewed(buildCheckContext())).toEqual([]);
  });

  it('reports one DOCUMENT_NOT_REVIEWED error per unreviewed document, targeting it', () => {
    const documents = [
      documentMeta('doc-1', 'Progress note 5/2/19', false),
      documentMeta('doc-2', 'MRI report'),
      documentMeta('doc-3', 'PT notes', false),
    ];
    const findings = checkDocumentsReviewed(buildCheckContext({ documents }));
    expect(findings.map((f) => [f.code, f.severity, f.target, f.key])).toEqual([
      [
        'DOCUMENT_NOT_REVIEWED',
        'error',
        { kind: 'document', documentId: 'doc-1' },
        'DOCUMENT_NOT_REVIEWED@document:doc-1',
      ],
      [
        'DOCUMENT_NOT_REVIEWED',
        'error',
        { kind: 'document', documentId: 'doc-3' },
        'DOCUMENT_NOT_REVIEWED@document:doc-3',
      ],
    ]);
    expect(findings[0]?.message).toBe(
      '“Progress note 5/2/19” (2019-05-02) is not marked reviewed. Open it, read it, and mark it reviewed.',
    );
  });
});
