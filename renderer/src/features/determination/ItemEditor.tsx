import type { Decision, DisputedItem } from '../../../../shared/domain/caseModel';
import type { ItemDetermination } from '../../../../shared/domain/determination';
import type { RichTextDoc } from '../../../../shared/domain/richText';
import { RichTextEditor } from './RichTextEditor';

interface Props {
  index: number;
  item: DisputedItem;
  value: ItemDetermination;
  locked: boolean;
  onChange: (change: { decision?: Decision; caGuideline?: string; rationale?: RichTextDoc }) => void;
}

export function ItemEditor({ index, item, value, locked, onChange }: Props) {
  const name = `decision-${item.id}`;
  return (
    <section className="item-editor" aria-labelledby={`item-title-${item.id}`} data-item={item.requestedTreatment}>
      <h3 id={`item-title-${item.id}`}>
        {index + 1}. {item.requestedTreatment}
        <span className="muted small"> — UR {item.urDecision}</span>
      </h3>
      <fieldset className="decision-choice" disabled={locked}>
        <legend>Decision</legend>
        {(['upheld', 'overturned'] as const).map((d) => (
          <label key={d} className={`decision-option decision-${d}${value.decision === d ? ' chosen' : ''}`}>
            <input type="radio" name={name} value={d} checked={value.decision === d} onChange={() => onChange({ decision: d })} />
            {d === 'upheld' ? 'Upheld — not medically necessary' : 'Overturned — medically necessary'}
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor={`ca-${item.id}`}>
        Claims Administrator guideline
      </label>
      <textarea
        id={`ca-${item.id}`}
        className="ca-guideline"
        rows={2}
        value={value.caGuideline}
        disabled={locked}
        onChange={(e) => onChange({ caGuideline: e.target.value })}
      />
      <div className="field-label">Decision rationale</div>
      <RichTextEditor
        value={value.rationale}
        label={`Decision rationale for ${item.requestedTreatment}`}
        editable={!locked}
        testId={`rationale-${index}`}
        onChange={(rationale) => onChange({ rationale })}
      />
    </section>
  );
}
