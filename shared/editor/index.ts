/**
 * The determination's rich text as stored, and the editor vocabulary (node names, attribute schemas, content builders).
 */
export * from './editorNodes';
export * from './richText';
