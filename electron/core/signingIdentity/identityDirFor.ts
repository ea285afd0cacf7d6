import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertReviewerId } from './assertReviewerId';
import { IDENTITY_FILES } from './signingIdentity';
import type { ProtectorKind } from './signingKeyAccess';

/** One identity folder per reviewer ID: changing the ID in the profile never signs with another ID's certificate. */
export function identityDirFor(dataDir: string, reviewerId: string): string {
  assertReviewerId(reviewerId);
  return join(dataDir, 'signing-identity', reviewerId);
}

/** How the stored identity is sealed, or null when there is none yet. */
export function storedIdentityKind(identityDir: string): ProtectorKind | null {
  const info = join(identityDir, IDENTITY_FILES.info);
  if (!existsSync(info)) return null;
  try {
    const kind = (JSON.parse(readFileSync(info, 'utf8')) as { protector?: unknown }).protector;
    return kind === 'safeStorage' || kind === 'passphrase' ? kind : null;
  } catch {
    return null;
  }
}
