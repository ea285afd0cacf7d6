import { toCitationSnapshot, type CitationSnapshot } from '../../../../../shared/citations';
import type { CitationSource } from '../editor/citationPicker/citationSource';
import { CitationAdder } from './CitationAdder';

interface Props {
  itemId: string;
  itemName: string;
  citations: readonly CitationSnapshot[];
  /** Catalog ids of the chips in the rationale: those entries stay while their chip does. */
  anchored: ReadonlySet<string>;
  source: CitationSource;
  locked: boolean;
  onChange: (citations: CitationSnapshot[]) => void;
}

/** The guidelines an item cites, in the reviewer's order: added from the picker, moved up or down, removed. */
export function ItemCitationList({ itemId, itemName, citations, anchored, source, locked, onChange }: Props) {
  const move = (from: number, to: number) => {
    const next = [...citations];
    const [moved] = next.splice(from, 1);
    if (moved === undefined || to < 0 || to > next.length) return;
    next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <div className="item-citations" data-testid={`item-citations-${itemId}`}>
      <div className="field-label" id={`citations-label-${itemId}`}>
        Cited guidelines <span className="muted small">— the guideline line prints them, MTUS first</span>
      </div>
      {citations.length === 0 ? (
        <p className="muted small item-citations-empty">
          None yet. Add one below, or type [[ in the rationale to cite where you discuss it.
        </p>
      ) : (
        <ol className="item-citation-rows" aria-labelledby={`citations-label-${itemId}`}>
          {citations.map((c, i) => {
            const inText = anchored.has(c.catalogId);
            return (
              <li key={c.catalogId} className="item-citation-row">
                <span className={`citation-badge ${c.mtus ? 'badge-mtus' : 'badge-non-mtus'}`}>
                  {c.mtus ? 'MTUS' : c.family === 'literature' ? 'Literature' : 'Non-MTUS'}
                </span>
                <span className="item-citation-label">{c.label}</span>
                {inText && (
                  <span className="muted small" title="A chip in the rationale cites it">
                    in text
                  </span>
                )}
                <span className="item-citation-tools">
                  <button
                    type="button"
                    className="tool-button"
                    disabled={locked || i === 0}
                    aria-label={`Move up: ${c.label}`}
                    title="Move up"
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="tool-button"
                    disabled={locked || i === citations.length - 1}
                    aria-label={`Move down: ${c.label}`}
                    title="Move down"
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="tool-button"
                    disabled={locked || inText}
                    aria-label={`Remove: ${c.label}`}
                    title={inText ? 'Cited by a chip in the rationale: delete the chip to remove it' : 'Remove'}
                    onClick={() => onChange(citations.filter((x) => x.catalogId !== c.catalogId))}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <CitationAdder
        itemName={itemName}
        source={source}
        disabled={locked}
        onAdd={(ranked) => {
          source.picked(ranked);
          if (citations.some((c) => c.catalogId === ranked.entry.id)) return;
          onChange([...citations, toCitationSnapshot(ranked.entry)]);
        }}
      />
    </div>
  );
}
