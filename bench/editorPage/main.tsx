import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { loadCatalog } from '../../shared/citations/catalog/loadCatalog';
import type { RichTextDoc } from '../../shared/editor/richText';
import { createCitationCatalog } from '../../renderer/src/features/determination/citations/createCitationCatalog';
import { createDraftSaverForBench } from './createDraftSaverForBench';
import { ItemEditor } from '../../renderer/src/features/determination/ItemEditor';
import { holdOcrWhileTyping } from '../../renderer/src/features/records/holdOcrWhileTyping';
import { SaveIndicator } from '../../renderer/src/features/determination/SaveIndicator';
import { benchDocuments } from './benchDocument';
import { installLatencyProbe } from './latencyProbe';
import '../../renderer/src/styles/app.css';

const probe = installLatencyProbe();
const host = document.getElementById('host') as HTMLElement;
const catalog = createCitationCatalog({
  builtIn: loadCatalog,
  loadLocal: async () => ({ entries: [], recentIds: [] }),
  savePick: async () => ({}),
});
const docs = { twenty: benchDocuments(100), one: benchDocuments(5) };
let teardown: () => void = () => {};
let commitsOutsideEditor = 0;

function placeCaretMid(dom: Element) {
  const paragraphs = dom.querySelectorAll('p');
  const p = paragraphs[Math.floor(paragraphs.length / 2)];
  const text = p?.firstChild;
  if (!text) throw new Error('No paragraph to type in');
  (dom as HTMLElement).focus();
  const range = document.createRange();
  range.setStart(text, 10);
  range.collapse(true);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function mountBare(doc: RichTextDoc) {
  const element = document.createElement('div');
  element.className = 'rich-text-frame';
  host.append(element);
  const editor = new Editor({
    element,
    extensions: [StarterKit],
    content: doc,
    editorProps: { attributes: { class: 'rich-text' } },
  });
  teardown = () => {
    editor.destroy();
    element.remove();
  };
}

function mountApp(doc: RichTextDoc): Promise<void> {
  const container = document.createElement('div');
  host.append(container);
  const root: Root = createRoot(container);
  const { queue, onChange } = createDraftSaverForBench();
  const item = {
    id: 'item-1',
    caseId: 'case-1',
    position: 0,
    requestedTreatment: 'MRI Cervical',
    urDecision: 'denied' as const,
    caGuideline: '',
  };
  const value = {
    itemId: item.id,
    decision: 'upheld' as const,
    caGuideline: 'Decision based on MTUS ACOEM Chapter 8.',
    rationale: doc,
    updatedAt: '',
  };
  commitsOutsideEditor = 0;
  root.render(
    <div className="determination-panel">
      <Profiler id="save-indicator" onRender={() => commitsOutsideEditor++}>
        <SaveIndicator queue={queue} />
      </Profiler>
      <ItemEditor
        index={0}
        item={item}
        value={value}
        locked={false}
        citationSource={{
          search: (q) => catalog.search(q, { urDecisionDate: '2014-04-03', bodyPartHint: ['neck'] }),
          picked: () => {},
        }}
        snippetSource={{ search: () => [] }}
        guidelineLabel="MAXIMUS guideline"
        onSaveSnippet={() => {}}
        onChange={onChange}
        onFocusEditor={() => {}}
        onOpenQuote={() => {}}
        onContentError={() => {}}
        onHelp={() => {}}
      />
    </div>,
  );
  teardown = () => {
    root.unmount();
    container.remove();
  };
  return new Promise((resolve) => setTimeout(resolve, 50));
}

const api = {
  async mount(kind: 'bare' | 'app' | 'app-one-page') {
    teardown();
    if (kind === 'bare') mountBare(docs.twenty.plain);
    else await mountApp(kind === 'app' ? docs.twenty.withChips : docs.one.withChips);
    placeCaretMid(host.querySelector('.ProseMirror') as Element);
    probe.reset();
    commitsOutsideEditor = 0;
  },
  reset: () => probe.reset(),
  samples: () => probe.samples.map((s) => ({ ...s })),
  commitsOutsideEditor: () => commitsOutsideEditor,
  chips: () => host.querySelectorAll('[data-type="citation"]').length,
  words: () => docs.twenty.words,
  /** As the app's window does: keystrokes ask the back end (here the OCR benchmark's, over `imrHoldOcr`) to hold OCR. */
  holdOcrWhileTyping: () =>
    void holdOcrWhileTyping(document, () => void (window as unknown as { imrHoldOcr(): Promise<void> }).imrHoldOcr()),
};
(window as unknown as { editorBench: typeof api }).editorBench = api;
document.body.setAttribute('data-ready', 'true');
