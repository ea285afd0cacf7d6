import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { formatGuidelineLine, type CitationSnapshot } from '../../../../shared/citations';
import type { Decision, DisputedItem, ItemDetermination } from '../../../../shared/domain';

import type { RichTextDoc } from '../../../../shared/editor';
import { ItemCitationList } from './citations/ItemCitationList';
import type { CitationSource } from './editor/citationPicker/citationSource';
import type { QuoteAttrs } from './editor/quote/QuoteNode';
import type { SnippetSource } from './snippets/snippetSource';
import { GuidelineLine } from './GuidelineLine';
import { RichTextEditor } from './RichTextEditor';

export interface ItemChange {
  decision?: Decision;
  caGuideline?: string;
  /** Reads the rationale when the save runs. */
  readRationale?: () => RichTextDoc;
  /** The item's whole citation list after an add, move or remove. */
  citations?: CitationSnapshot[];
}

interface Props {
  index: number;
  item: DisputedItem;
  value: ItemDetermination;
  locked: boolean;
  citationSource: CitationSource;
  snippetSource: SnippetSource;
  guidelineLabel: string;
  onChange: (change: ItemChange) => void;
  onFocusEditor: (editor: Editor) => void;
  onOpenQuote: (quote: QuoteAttrs) => void;
  onContentError: (message: string) => void;
  onHelp: () => void;
  onSaveSnippet: (body: RichTextDoc) => void;
}

/**
 * One disputed item: decision, the claims administrator's guideline, the item's cited guidelines (the letter's
 * guideline line), and the rationale, whose chips add to that list.
 */
export function ItemEditor({
  index,
  item,
  value,
  locked,
  citationSource,
  snippetSource,
  guidelineLabel,
  onChange,
  onFocusEditor,
  onOpenQuote,
  onContentError,
  onHelp,
  onSaveSnippet,
}: Props) {
  const [decision, setDecision] = useState<Decision>(value.decision);
  const [citations, setCitations] = useState<CitationSnapshot[]>(() => value.citations ?? []);
  const [anchored, setAnchored] = useState<ReadonlySet<string>>(new Set());
  const readRationale = useRef<(() => RichTextDoc) | null>(null);
  const name = `decision-${item.id}`;

  const current = useRef(citations);
  current.current = citations;
  const firstChips = useRef(true);

  const updateCitations = useCallback(
    (next: CitationSnapshot[]) => {
      setCitations(next);
      onChange({ citations: next });
    },
    [onChange],
  );
  // A chip typed into the text joins the list (at its end) and the list is saved; the chips found when the editor
  // opens only join what is shown (the letter merges them anyway), so opening a draft never writes to it.
  const chipsChanged = useCallback(
    (chips: CitationSnapshot[]) => {
      setAnchored(new Set(chips.map((c) => c.catalogId)));
      const opening = firstChips.current;
      firstChips.current = false;
      const added = chips.filter((c) => !current.current.some((x) => x.catalogId === c.catalogId));
      if (added.length === 0) return;
      const next = [...current.current, ...added];
      current.current = next;
      setCitations(next);
      if (!opening && !locked) onChange({ citations: next });
    },
    [onChange, locked],
  );
  const line = useMemo(() => formatGuidelineLine(citations), [citations]);

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
      <ItemCitationList
        itemId={item.id}
        itemName={item.requestedTreatment}
        citations={citations}
        anchored={anchored}
        source={citationSource}
        locked={locked}
        onChange={updateCitations}
      />
      <GuidelineLine line={line} itemId={item.id} label={guidelineLabel} />
      <div className="field-label rationale-label" id={`rationale-label-${item.id}`}>
        Decision rationale
        {!locked && (
          <button
            type="button"
            className="tool-button small"
            title="Keep this rationale in your snippet library to reuse it"
            onClick={() => readRationale.current && onSaveSnippet(readRationale.current())}
          >
            Save as snippet…
          </button>
        )}
      </div>
      <RichTextEditor
        initialValue={value.rationale}
        label={`Decision rationale for ${item.requestedTreatment}`}
        editable={!locked}
        testId={`rationale-${index}`}
        citationSource={citationSource}
        snippetSource={snippetSource}
        onCitationsChange={chipsChanged}
        onDirty={(read) => onChange({ readRationale: read })}
        onEditorCreated={(editor) => {
          readRationale.current = () => editor.getJSON() as RichTextDoc;
        }}
        onFocusEditor={onFocusEditor}
        onOpenQuote={onOpenQuote}
        onContentError={onContentError}
        onHelp={onHelp}
      />
    </section>
  );
}
