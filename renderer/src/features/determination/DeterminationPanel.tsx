import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DisputedItem } from '../../../../shared/domain';
import { ErrorBanner } from '../../components';
import { emitWorkspaceEvent, onWorkspaceEvent } from '../../events';
import { AddLiteratureForm } from './citations/AddLiteratureForm';
import { appCitationCatalog } from './citations/appCitationCatalog';
import { createDraftSaver } from './createDraftSaver';
import type { CitationSource } from './editor/citationPicker/citationSource';
import type { QuoteAttrs } from './editor/quote/QuoteNode';
import { ItemEditor } from './ItemEditor';
import { RichTextEditor } from './RichTextEditor';
import type { SaveQueue } from './saveQueue';
import { ShortcutHelp } from './ShortcutHelp';
import { useDeterminationDraft } from './useDeterminationDraft';
import { appSnippetLibrary } from './snippets/snippetLibrary';
import { SnippetEditorDialog } from './snippets/SnippetEditorDialog';
import { SnippetLibraryDialog } from './snippets/SnippetLibraryDialog';
import type { RichTextDoc } from '../../../../shared/editor';
import { call } from '../../api';
import { VersionHistoryPanel } from './versions/VersionHistoryPanel';

interface Props {
  caseId: string;
  items: DisputedItem[];
  queue: SaveQueue;
}

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function DeterminationPanel({ caseId, items, queue }: Props) {
  const { draft, caseRecord, error, generation, reload } = useDeterminationDraft(caseId);
  const saver = useMemo(() => createDraftSaver(caseId, queue), [caseId, queue]);
  const [panel, setPanel] = useState<'versions' | 'article' | 'snippets' | null>(null);
  const [snippetDraft, setSnippetDraft] = useState<RichTextDoc | null>(null);
  const [guidelineLabel, setGuidelineLabel] = useState('MAXIMUS guideline');
  const [help, setHelp] = useState(false);
  const [contentError, setContentError] = useState<string | null>(null);
  const summaryEditor = useRef<Editor | null>(null);
  const activeEditor = useRef<Editor | null>(null);

  useEffect(() => {
    if (draft) saver.load(draft);
  }, [draft, saver]);

  // Snippets and the letter's wording load beside the draft; the editor works without them if they fail.
  useEffect(() => {
    appSnippetLibrary.refresh().catch(() => undefined);
    call('profile.letterSettings', {}).then(
      (s) => setGuidelineLabel(s.reviewerGuidelineLabel),
      () => undefined,
    );
  }, []);

  // A damaged draft is repaired from the history: open it, and keep it open after the restore.
  useEffect(() => {
    if (error?.code === 'DRAFT_INVALID') setPanel('versions');
  }, [error]);

  useEffect(
    () =>
      onWorkspaceEvent('insertQuote', (quote) => {
        const target = activeEditor.current ?? summaryEditor.current;
        if (!target || target.isDestroyed || !target.isEditable) return;
        target.chain().focus().insertQuote({ text: quote.text, documentId: quote.documentId, page: quote.page }).run();
      }),
    [],
  );

  const sources = useMemo(() => {
    const map = new Map<string, CitationSource>();
    for (const item of items) {
      const bodyPartHint = [...(caseRecord?.bodyParts ?? []), ...item.requestedTreatment.split(/[\s,/-]+/)];
      map.set(item.id, {
        search: (query) =>
          appCitationCatalog.search(query, { urDecisionDate: caseRecord?.urDecisionDate ?? null, bodyPartHint }),
        picked: (entry) => appCitationCatalog.recordPick(entry.entry.id),
      });
    }
    return map;
  }, [items, caseRecord]);

  const focusEditor = (target: 'summary' | { itemId: string }) => (editor: Editor) => {
    activeEditor.current = editor;
    emitWorkspaceEvent('activeEditorChanged', { target });
  };
  const openQuote = (quote: QuoteAttrs) =>
    emitWorkspaceEvent('openRecordAt', { documentId: quote.documentId, page: quote.page, highlight: quote.text });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'F1' || (event.key === '?' && !isTextField(event.target))) {
      event.preventDefault();
      setHelp(true);
    }
  };
  const toggle = (which: 'versions' | 'article' | 'snippets') => setPanel((p) => (p === which ? null : which));
  const showVersions = panel === 'versions';

  return (
    <div className="determination-panel" onKeyDown={onKeyDown}>
      <div className="determination-bar">
        <h2>Determination</h2>
        <button type="button" className="tool-button" aria-pressed={showVersions} onClick={() => toggle('versions')}>
          Versions
        </button>
        <button
          type="button"
          className="tool-button"
          aria-pressed={panel === 'article'}
          onClick={() => toggle('article')}
        >
          Add article
        </button>
        <button
          type="button"
          className="tool-button"
          aria-pressed={panel === 'snippets'}
          onClick={() => toggle('snippets')}
        >
          Snippets
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={() => setHelp(true)}
          aria-label="Keyboard shortcuts (F1)"
          title="Keyboard shortcuts (F1)"
        >
          ?
        </button>
      </div>
      {error && <ErrorBanner message={error.message} />}
      {contentError && <ErrorBanner message={contentError} onDismiss={() => setContentError(null)} />}
      {showVersions && (
        <VersionHistoryPanel
          caseId={caseId}
          items={items}
          flush={() => queue.flush()}
          guardRestore={async (restore) => {
            await queue.flush();
            saver.suspend();
            try {
              return await restore();
            } catch (e) {
              saver.resume();
              throw e;
            }
          }}
          onRestored={() => {
            setContentError(null);
            activeEditor.current = null;
            reload();
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'snippets' && (
        <SnippetLibraryDialog library={appSnippetLibrary} onClose={() => setPanel(null)} onHelp={() => setHelp(true)} />
      )}
      {snippetDraft && (
        <SnippetEditorDialog
          initial={{ title: '', keywords: '', body: snippetDraft }}
          onClose={() => setSnippetDraft(null)}
          onSaved={() => void appSnippetLibrary.refresh()}
          onHelp={() => setHelp(true)}
        />
      )}
      {panel === 'article' && (
        <AddLiteratureForm onAdded={(entry) => appCitationCatalog.addEntry(entry)} onClose={() => setPanel(null)} />
      )}
      {!draft && !error && (
        <div className="loading" role="status">
          Loading determination…
        </div>
      )}
      {draft && (
        <div key={generation}>
          <section className="summary-editor">
            <h2>Clinical case summary</h2>
            <RichTextEditor
              initialValue={draft.summary}
              label="Clinical case summary"
              editable={!draft.locked}
              testId="case-summary"
              onDirty={(read) => saver.summaryChanged(read)}
              onEditorCreated={(editor) => {
                summaryEditor.current = editor;
              }}
              onFocusEditor={focusEditor('summary')}
              onOpenQuote={openQuote}
              onContentError={setContentError}
              onHelp={() => setHelp(true)}
            />
          </section>
          <h2>IMR issues, decisions and rationales</h2>
          {items.map((item, index) => {
            const value = draft.items.find((i) => i.itemId === item.id);
            const source = sources.get(item.id);
            if (!value || !source) return null;
            return (
              <ItemEditor
                key={item.id}
                index={index}
                item={item}
                value={value}
                locked={draft.locked}
                citationSource={source}
                snippetSource={appSnippetLibrary}
                guidelineLabel={guidelineLabel}
                onSaveSnippet={setSnippetDraft}
                onChange={(change) => saver.itemChanged(item.id, change)}
                onFocusEditor={focusEditor({ itemId: item.id })}
                onOpenQuote={openQuote}
                onContentError={setContentError}
                onHelp={() => setHelp(true)}
              />
            );
          })}
        </div>
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
