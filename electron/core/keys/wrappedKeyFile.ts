import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../../shared/ipc';
import { wrappedKeySchema, type WrappedKey } from './passphraseWrap';
import { writeFileAtomic } from '../files';

export function readWrappedKey(file: string): WrappedKey | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = null;
  }
  const result = wrappedKeySchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError(
      'DB_KEY_INVALID',
      `The key file ${file} is damaged. Without an intact copy the workspace cannot be opened; restore it from your own file backup.`,
    );
  }
  return result.data;
}

export function writeWrappedKey(file: string, wrapped: WrappedKey): void {
  writeFileAtomic(file, `${JSON.stringify(wrapped, null, 2)}\n`);
}
