import { isAppError } from '../../../shared/ipc';
import type { ContentStore } from './contentStore';

/** Why a stored record cannot be read, in words that finish "its file …"; null when it can. */
export type RecordFileProblem =
  | 'has not been downloaded yet'
  | 'is damaged or was changed outside the app'
  | 'was encrypted with a key this workspace no longer has';

/**
 * Whether a record's file is here and opens: the header, the size and the first chunk (its tag binds the file to its
 * key and, for files written now, to its SHA-256) are checked; reading it whole is left to the viewer.
 */
export function recordFileProblem(store: ContentStore, location: string): RecordFileProblem | null {
  try {
    store.read(location, 0, 0);
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'NOT_FOUND') return 'has not been downloaded yet';
    if (error.code === 'DB_KEY_INVALID') return 'was encrypted with a key this workspace no longer has';
    return 'is damaged or was changed outside the app';
  }
}
