import type { Editor } from '@tiptap/core';
import { useMemo, useState } from 'react';
import type { Decision, DisputedItem, ItemDetermination } from '../../../../shared/domain';

import type { RichTextDoc } from '../../../../shared/editor';
import { createCitationLineStore } from './citationLineStore';
import type { CitationSource } from './editor/citationPicker/citationSource';
import type { QuoteAttrs } from './editor/quote/QuoteNode';
import { GuidelineLine } from './GuidelineLine';
import { RichTextEditor } from './RichTextEditor';

export interface ItemChange {
  decision?: Decision;
  caGuideline?: string;
  /** Reads the rationale when the save runs. */
  readRationale?: () => RichTextDoc;
}

interface Props {
  index: number;
  item: DisputedItem;
  value: ItemDetermination;
  locked: boolean;
  citationSource: CitationSource;
  onChange: (change: ItemChange) => void;
  onFocusEditor: (editor: Editor) => void;
  onOpenQuote: (quote: QuoteAttrs) => void;
  onContentError: (message: string) => void;
  onHelp: () => void;
}

/** One disputed item: decision, the claims administrator's guideline, the rationale with its chips, and the compiled guideline line. */
export function ItemEditor({
  index,
  item,
  value,
  locked,
  citationSource,
  onChange,
  onFocusEditor,
  onOpenQuote,
  onContentError,
  onHelp,
}: Props) {
  const [decision, setDecision] = useState<Decision>(value.decision);
  const lineStore = useMemo(() => createCitationLineStore(), []);
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
          <label key={d} className={`decision-option decision-${d}${decision === d ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={d}
              checked={decision === d}
              onChange={() => {
                setDecision(d);
                onChange({ decision: d });
              }}
            />
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
        defaultValue={value.caGuideline}
        disabled={locked}
        onChange={(e) => onChange({ caGuideline: e.target.value })}
      />
      <div className="field-label" id={`rationale-label-${item.id}`}>
        Decision rationale
      </div>
      <RichTextEditor
        initialValue={value.rationale}
        label={`Decision rationale for ${item.requestedTreatment}`}
        editable={!locked}
        testId={`rationale-${index}`}
        citationSource={citationSource}
        onCitationsChange={(citations) => lineStore.set(citations)}
        onDirty={(read) => onChange({ readRationale: read })}
        onFocusEditor={onFocusEditor}
        onOpenQuote={onOpenQuote}
        onContentError={onContentError}
        onHelp={onHelp}
      />
      <GuidelineLine store={lineStore} itemId={item.id} />
    </section>
  );
}
