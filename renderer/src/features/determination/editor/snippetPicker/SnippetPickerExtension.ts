import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion from '@tiptap/suggestion';
import type { Snippet } from '../../../../../../shared/domain';
import type { SnippetSource } from '../../snippets/snippetSource';
import { createPickerPopup, type PickerKind, type PickerPopup } from '../citationPicker/createCitationPickerPopup';

export const SNIPPET_TRIGGER = ';;';

export interface SnippetPickerOptions {
  source: SnippetSource | null;
}

const SNIPPETS: PickerKind<Snippet> = {
  className: 'snippet-picker',
  testId: 'snippet-picker',
  listLabel: 'Rationale snippets',
  header: (query) => (query.trim() ? `Snippets matching “${query.trim()}”` : 'Insert a snippet: type to search'),
  empty: 'No snippet matches. Save one from a rationale with “Save as snippet…”.',
  option: (snippet) => ({
    badge: 'Snippet',
    badgeClass: 'badge-snippet',
    label: snippet.title,
    meta: snippet.keywords,
    muted: false,
  }),
};

/** Opens the snippet picker where the caret is, as if the reviewer had typed ;;. */
export function openSnippetPicker(editor: Editor): boolean {
  return editor.chain().focus().insertContent(SNIPPET_TRIGGER).run();
}

/** Inserts a snippet's text (chips and fields included) over the range, then selects its first field. */
export function insertSnippet(editor: Editor, snippet: Snippet, range: { from: number; to: number }): void {
  const blocks = snippet.body.content ?? [];
  const single = blocks.length === 1 && blocks[0]?.type === 'paragraph';
  const content = single ? (blocks[0]?.content ?? []) : blocks;
  editor.chain().focus().insertContentAt(range, content).run();
  editor.commands.setTextSelection(range.from);
  editor.commands.selectNextField();
}

/** Typing ;; in a rationale lists the reviewer's snippets; Enter inserts one and selects its first field. */
export const SnippetPickerExtension = Extension.create<SnippetPickerOptions>({
  name: 'snippetPicker',

  addOptions() {
    return { source: null };
  },

  addKeyboardShortcuts() {
    const open = () => (this.options.source ? openSnippetPicker(this.editor) : false);
    return { 'Mod-Shift-S': open, 'Mod-Shift-s': open };
  },

  addProseMirrorPlugins() {
    const source = this.options.source;
    if (!source) return [];
    return [
      Suggestion<Snippet, Snippet>({
        editor: this.editor,
        pluginKey: new PluginKey('snippetPicker'),
        char: SNIPPET_TRIGGER,
        allowSpaces: true,
        allowedPrefixes: null,
        decorationClass: 'citation-query',
        minQueryLength: Number.POSITIVE_INFINITY,
        items: () => [],
        command: ({ editor, range, props: snippet }) => insertSnippet(editor, snippet, range),
        render: () => {
          let popup: PickerPopup<Snippet> | null = null;
          return {
            onStart: (props) => {
              popup = createPickerPopup(
                {
                  query: props.query,
                  items: source.search(props.query),
                  clientRect: props.clientRect,
                  owner: props.editor.view.dom,
                  choose: props.command,
                },
                SNIPPETS,
              );
            },
            onUpdate: (props) => {
              popup?.update({
                query: props.query,
                items: source.search(props.query),
                clientRect: props.clientRect,
                owner: props.editor.view.dom,
                choose: props.command,
              });
            },
            onKeyDown: ({ event }) => popup?.keyDown(event) ?? false,
            onExit: () => {
              popup?.destroy();
              popup = null;
            },
          };
        },
      }),
    ];
  },
});
