/** The determination's rich text as stored, and the editor's vocabulary (node names, attributes, content builders). */
export * from './editorNodes';
export * from './richText';
