import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion from '@tiptap/suggestion';
import { toCitationSnapshot, type RankedEntry } from '../../../../../../shared/citations';

import type { CitationSource } from './citationSource';
import { createCitationPickerPopup, type PickerPopup } from './createCitationPickerPopup';

export const CITATION_TRIGGER = '[[';

export interface CitationPickerOptions {
  source: CitationSource | null;
}

/** Opens the picker where the caret is, as if the reviewer had typed the trigger. */
export function openCitationPicker(editor: Editor): boolean {
  return editor.chain().focus().insertContent(CITATION_TRIGGER).run();
}

/** Typing [[ (or Mod-Shift-C) in a rationale opens the ranked citation list; Enter inserts a chip. */
export const CitationPickerExtension = Extension.create<CitationPickerOptions>({
  name: 'citationPicker',

  addOptions() {
    return { source: null };
  },

  addKeyboardShortcuts() {
    const open = () => (this.options.source ? openCitationPicker(this.editor) : false);
    // Browsers report Shift+C as "C" (or "c" under Caps Lock): bind both spellings.
    return { 'Mod-Shift-C': open, 'Mod-Shift-c': open };
  },

  addProseMirrorPlugins() {
    const source = this.options.source;
    if (!source) return [];
    return [
      Suggestion<RankedEntry, RankedEntry>({
        editor: this.editor,
        pluginKey: new PluginKey('citationPicker'),
        char: CITATION_TRIGGER,
        allowSpaces: true,
        allowedPrefixes: null,
        decorationClass: 'citation-query',
        // Ranking is in memory and synchronous, so the popup searches itself and the plugin's async fetch never runs.
        minQueryLength: Number.POSITIVE_INFINITY,
        items: () => [],
        command: ({ editor, range, props: entry }) => {
          editor.chain().focus().insertCitation(toCitationSnapshot(entry.entry), range).run();
          source.picked(entry);
        },
        render: () => {
          let popup: PickerPopup | null = null;
          return {
            onStart: (props) => {
              popup = createCitationPickerPopup({
                query: props.query,
                items: source.search(props.query),
                clientRect: props.clientRect,
                owner: props.editor.view.dom,
                choose: props.command,
              });
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
