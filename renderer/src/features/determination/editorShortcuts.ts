export interface EditorShortcut {
  /** "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: string[];
  action: string;
}

/** Every keyboard shortcut of the determination editor, as the help panel lists them. */
export const editorShortcuts: readonly EditorShortcut[] = [
  { keys: ['[', '['], action: 'Cite a guideline: open the citation picker at the caret (rationales)' },
  { keys: ['Mod', 'Shift', 'C'], action: 'Open the citation picker' },
  { keys: ['↑', '↓'], action: 'In the picker: move through the ranked citations' },
  { keys: ['Enter'], action: 'In the picker: insert the highlighted citation as a chip' },
  { keys: ['Esc'], action: 'Close the picker and keep what you typed' },
  { keys: [';', ';'], action: 'Insert a snippet from your library (rationales; also Mod+Shift+S)' },
  { keys: ['Tab'], action: 'After inserting a snippet: select the next field to fill in; type to fill it' },
  { keys: ['Backspace'], action: 'Right after a chip or quote: remove it as a whole' },
  { keys: ['Enter'], action: 'On a selected quote: open the record at its page' },
  { keys: ['Mod', 'B'], action: 'Bold' },
  { keys: ['Mod', 'I'], action: 'Italic' },
  { keys: ['Mod', 'Alt', '3'], action: 'Heading' },
  { keys: ['Mod', 'Alt', '0'], action: 'Back to a normal paragraph' },
  { keys: ['Mod', 'Shift', '8'], action: 'Bulleted list' },
  { keys: ['Mod', 'Shift', '7'], action: 'Numbered list' },
  { keys: ['Tab'], action: 'In a list: indent the item (Shift+Tab: outdent)' },
  { keys: ['Shift', 'Enter'], action: 'Line break inside a paragraph' },
  { keys: ['Mod', 'Z'], action: 'Undo' },
  { keys: ['Mod', 'Shift', 'Z'], action: 'Redo (also Mod+Y)' },
  { keys: ['F1'], action: 'Show these shortcuts (or ? outside a text field)' },
];
