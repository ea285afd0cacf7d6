import { useEffect, useMemo, useRef, useState } from 'react';
import type { DisputedItem } from '../../../../shared/domain/caseModel';
import type { Determination } from '../../../../shared/domain/determination';
import { call } from '../../api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemEditor } from './ItemEditor';
import { RichTextEditor } from './RichTextEditor';
import type { SaveQueue } from './saveQueue';

interface Props {
  caseId: string;
  items: DisputedItem[];
  queue: SaveQueue;
}

export function DeterminationPanel({ caseId, items, queue }: Props) {
  const [draft, setDraft] = useState<Determination | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<Determination | null>(null);
  const update = (next: Determination) => {
    latest.current = next;
    setDraft(next);
  };

  useEffect(() => {
    call('determinations.get', { caseId })
      .then(update)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId]);

  const byItem = useMemo(() => new Map(draft?.items.map((i) => [i.itemId, i])), [draft]);
  if (error) return <ErrorBanner message={error} />;
  if (!draft) return <div className="loading" role="status">Loading determination…</div>;

  return (
    <div className="determination-panel">
      <section className="summary-editor">
        <h2>Clinical case summary</h2>
        <RichTextEditor
          value={draft.summary}
          label="Clinical case summary"
          editable={!draft.locked}
          testId="case-summary"
          onChange={(summary) => {
            if (latest.current) update({ ...latest.current, summary });
            queue.schedule('summary', () => call('determinations.saveSummary', { caseId, summary }));
          }}
        />
      </section>
      <h2>IMR issues, decisions and rationales</h2>
      {items.map((item, index) => {
        const value = byItem.get(item.id);
        if (!value) return null;
        return (
          <ItemEditor
            key={item.id}
            index={index}
            item={item}
            value={value}
            locked={draft.locked}
            onChange={(change) => {
              const current = latest.current;
              if (!current) return;
              const next = { ...current, items: current.items.map((i) => (i.itemId === item.id ? { ...i, ...change } : i)) };
              update(next);
              const saved = next.items.find((i) => i.itemId === item.id) ?? value;
              queue.schedule(`item:${item.id}`, () =>
                call('determinations.saveItem', {
                  caseId,
                  itemId: item.id,
                  decision: saved.decision,
                  caGuideline: saved.caGuideline,
                  rationale: saved.rationale,
                }),
              );
            }}
          />
        );
      })}
    </div>
  );
}
