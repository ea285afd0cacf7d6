import { itemCitationsOf, type DisputedItem } from '../../../../../shared/domain';
import { formatGuidelineLine } from '../../../../../shared/citations';

import { richTextToPlainText } from '../../../../../shared/editor';
import type { VersionDetail } from '../../../../../shared/ipc';

const DECISION = { upheld: 'Upheld', overturned: 'Overturned', undecided: 'Not decided' } as const;
const DAMAGED = 'This part of the version is damaged and cannot be shown.';

/** A read-only view of a version: summary, then each item's decision, guideline line and rationale. */
export function VersionPreview({ version, items }: { version: VersionDetail; items: DisputedItem[] }) {
  return (
    <div className="version-preview" aria-label={`Preview of version ${version.id}`} data-testid="version-preview">
      <h4>Clinical case summary</h4>
      <p className="preview-text">{version.summary ? richTextToPlainText(version.summary) || '—' : DAMAGED}</p>
      {version.items.map((v) => {
        const item = items.find((i) => i.id === v.itemId);
        const line = v.rationale
          ? formatGuidelineLine(itemCitationsOf({ citations: v.citations, rationale: v.rationale }))
          : '';
        return (
          <div key={v.itemId} className="preview-item">
            <h4>
              {item?.requestedTreatment ?? 'Removed item'}: {DECISION[v.decision]}
            </h4>
            {line && <p className="guideline-line">MAXIMUS guideline: {line}</p>}
            <p className="preview-text">{v.rationale ? richTextToPlainText(v.rationale) || '—' : DAMAGED}</p>
          </div>
        );
      })}
    </div>
  );
}
