import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { CitationSnapshot } from '../../../../shared/citations';
import type { RichTextDoc } from '../../../../shared/editor';
import { EditorToolbar } from './EditorToolbar';
import type { CitationSource } from './editor/citationPicker/citationSource';
import { createEditorExtensions } from './editor/createEditorExtensions';
import type { QuoteAttrs } from './editor/quote/QuoteNode';
import type { SnippetSource } from './snippets/snippetSource';

interface Props {
  /** The content at mount; the editor owns it afterwards (remount with a new key to replace it). */
  initialValue: RichTextDoc;
  /** Called on every change with a reader: the document is serialised only when the save actually runs. */
  onDirty: (read: () => RichTextDoc) => void;
  label: string;
  editable?: boolean;
  testId?: string;
  /** Given at mount, enables the [[ citation picker; its answers may change later. */
  citationSource?: CitationSource | null;
  /** Given at mount, enables the ;; snippet picker. */
  snippetSource?: SnippetSource | null;
  onCitationsChange?: (citations: CitationSnapshot[]) => void;
  onOpenQuote?: (quote: QuoteAttrs) => void;
  onFocusEditor?: (editor: Editor) => void;
  onEditorCreated?: (editor: Editor) => void;
  /** The stored text has parts this editor cannot show; editing is paused so nothing is overwritten. */
  onContentError?: (message: string) => void;
  onHelp: () => void;
}

/** TipTap with the letter's formatting, citation chips and record quotes; kept out of React state (no re-render per keystroke). */
export function RichTextEditor(props: Props) {
  const { editable = true } = props;
  const latest = useRef(props);
  latest.current = props;
  const contentBroken = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // Built once: new options on a render would make TipTap reconfigure the editor.
  const [options] = useState<UseEditorOptions>(() => {
    const { initialValue, label, testId, citationSource, snippetSource } = props;
    return {
      extensions: createEditorExtensions({
        citationSource: citationSource
          ? {
              search: (query) => latest.current.citationSource?.search(query) ?? [],
              picked: (entry) => latest.current.citationSource?.picked(entry),
            }
          : null,
        snippetSource: snippetSource ? { search: (query) => latest.current.snippetSource?.search(query) ?? [] } : null,
        // The editor reports its first chips while it is being created, inside this component's render: the parent
        // hears of those just after, not by a state change during another component's render.
        onCitationsChange: (citations) =>
          mounted.current
            ? latest.current.onCitationsChange?.(citations)
            : queueMicrotask(() => latest.current.onCitationsChange?.(citations)),
        onOpenQuote: (quote) => latest.current.onOpenQuote?.(quote),
      }),
      content: initialValue,
      editable,
      enableContentCheck: true,
      onContentError: ({ editor: e }) => {
        contentBroken.current = true;
        e.setEditable(false, false);
        queueMicrotask(() =>
          latest.current.onContentError?.(
            `Part of the ${label.toLowerCase()} is stored in a form this version cannot show, so it is read-only to keep it intact. Restore a version from the history, or report it.`,
          ),
        );
      },
      editorProps: {
        attributes: {
          'aria-label': label,
          role: 'textbox',
          'aria-multiline': 'true',
          class: 'rich-text',
          spellcheck: 'true',
          ...(testId ? { 'data-testid': testId } : {}),
        },
      },
      onUpdate: ({ editor: e }) => {
        if (!contentBroken.current) latest.current.onDirty(() => e.getJSON() as RichTextDoc);
      },
      onFocus: ({ editor: e }) => latest.current.onFocusEditor?.(e),
      onCreate: ({ editor: e }) => latest.current.onEditorCreated?.(e),
    };
  });
  const editor = useEditor(options);

  useEffect(() => {
    const want = editable && !contentBroken.current;
    if (editor && editor.isEditable !== want) editor.setEditable(want, false);
  }, [editor, editable]);

  return (
    <div className="rich-text-editor">
      {editor && (
        <EditorToolbar
          editor={editor}
          label={props.label}
          citations={props.citationSource != null}
          snippets={props.snippetSource != null}
          onHelp={props.onHelp}
        />
      )}
      <EditorContent editor={editor} className="rich-text-frame" />
    </div>
  );
}
