import type { SyncCertificate } from '../../../shared/ipc';
import { readReviewerProfile } from '../profile';
import { readStoredCertificate, type SigningKeyAccess } from '../signingIdentity';
import type { Workspace } from '../workspace';

/** AB:CD:…: how certificate viewers print a SHA-256, so an administrator can compare it by eye. */
export function fingerprintOf(sha256: string): string {
  return (sha256.toUpperCase().match(/.{2}/g) ?? []).join(':');
}

/** The certificate of the profile's reviewer ID, for the Sync settings dialog ("Save certificate…"). */
export function readSyncCertificate(ws: Workspace, access: SigningKeyAccess): SyncCertificate {
  const { reviewerId } = readReviewerProfile(ws.db, ws.log).profile;
  const stored = readStoredCertificate(ws.dataDir, reviewerId);
  return {
    reviewerId,
    certificate: stored ? { ...stored, fingerprint: fingerprintOf(stored.sha256) } : null,
    protection: access.newIdentityKind === 'passphrase' ? 'passphrase' : 'os',
  };
}
