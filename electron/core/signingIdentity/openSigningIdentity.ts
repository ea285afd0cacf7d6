import { createSigningIdentity } from './createSigningIdentity';
import { loadSigningIdentity } from './loadSigningIdentity';
import type { SigningIdentity } from './signingIdentity';
import { identityDirFor, storedIdentityKind } from './identityDirFor';
import type { SigningKeyAccess } from './signingKeyAccess';

/** The reviewer's identity, unsealed; on first use a key and pseudonymous certificate (subject = reviewer ID) are created. */
export async function openSigningIdentity(
  dataDir: string,
  reviewerId: string,
  passphrase: string | undefined,
  access: SigningKeyAccess,
  now: Date,
): Promise<{ identity: SigningIdentity; created: boolean }> {
  const identityDir = identityDirFor(dataDir, reviewerId);
  const kind = storedIdentityKind(identityDir);
  if (kind !== null)
    return { identity: loadSigningIdentity(identityDir, access.protector(kind, passphrase)), created: false };
  const protector = access.protector(access.newIdentityKind, passphrase);
  return { identity: await createSigningIdentity({ reviewerId, protector, identityDir, now }), created: true };
}
