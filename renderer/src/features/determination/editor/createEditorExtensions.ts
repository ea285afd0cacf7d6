import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { CitationSnapshot } from '../../../../../shared/citations';
import { CitationNode } from './citation/CitationNode';
import { CitationPickerExtension } from './citationPicker/CitationPickerExtension';
import type { CitationSource } from './citationPicker/citationSource';
import { CitationTrackerExtension } from './citationTracker/CitationTrackerExtension';
import { FieldNode } from './field/FieldNode';
import { QuoteNode, type QuoteAttrs } from './quote/QuoteNode';
import { SnippetPickerExtension } from './snippetPicker/SnippetPickerExtension';
import type { SnippetSource } from '../snippets/snippetSource';

export interface EditorExtensionOptions {
  /** Enables the [[ citation picker (rationales only). */
  citationSource?: CitationSource | null;
  /** Enables the ;; snippet picker (rationales only). */
  snippetSource?: SnippetSource | null;
  onCitationsChange?: ((citations: CitationSnapshot[]) => void) | null;
  onOpenQuote?: (quote: QuoteAttrs) => void;
}

/** The letter's schema: paragraphs, headings, bold, italic, lists, hard breaks, citation chips, record quotes, snippet fields. */
export function createEditorExtensions(opts: EditorExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [3, 4] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: false,
      strike: false,
      underline: false,
    }),
    CitationNode,
    FieldNode,
    QuoteNode.configure({ onOpen: opts.onOpenQuote ?? (() => {}) }),
    CitationPickerExtension.configure({ source: opts.citationSource ?? null }),
    CitationTrackerExtension.configure({ onChange: opts.onCitationsChange ?? null }),
    SnippetPickerExtension.configure({ source: opts.snippetSource ?? null }),
  ];
}
