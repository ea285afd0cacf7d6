import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { CitationSnapshot } from '../../../../../../shared/citations';
import { citationsInDoc } from '../citation/citationsInDoc';
import { transactionTouchesCitations } from './transactionTouchesCitations';

export interface CitationTrackerOptions {
  /** Called with the citations at start and whenever a chip is added or removed (not on ordinary typing). */
  onChange: ((citations: CitationSnapshot[]) => void) | null;
}

export const CitationTrackerExtension = Extension.create<CitationTrackerOptions>({
  name: 'citationTracker',

  addOptions() {
    return { onChange: null };
  },

  addProseMirrorPlugins() {
    const onChange = this.options.onChange;
    if (!onChange) return [];
    const key = new PluginKey<CitationSnapshot[]>('citationTracker');
    return [
      new Plugin<CitationSnapshot[]>({
        key,
        state: {
          init: (_config, state) => citationsInDoc(state.doc),
          apply: (tr, value) => (tr.docChanged && transactionTouchesCitations(tr) ? citationsInDoc(tr.doc) : value),
        },
        view: (view) => {
          onChange(key.getState(view.state) ?? []);
          return {
            update: (next, prevState) => {
              const citations = key.getState(next.state);
              if (citations && citations !== key.getState(prevState)) onChange(citations);
            },
          };
        },
      }),
    ];
  },
});
