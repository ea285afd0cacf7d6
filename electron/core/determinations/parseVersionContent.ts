import { richTextDocSchema, type RichTextDoc } from '../../../shared/editor';
import { AppError } from '../../../shared/ipc';
import { draftContentSchema, type DraftContent } from './draftContent';

export function parseVersionContent(json: string): DraftContent {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = draftContentSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError(
      'DRAFT_INVALID',
      'This version is damaged and cannot be shown or restored. Choose another version.',
    );
  return parsed.data;
}

/** A stored rich-text document, or null when it is damaged. */
export function parseStoredDoc(json: string): RichTextDoc | null {
  try {
    const parsed = richTextDocSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
