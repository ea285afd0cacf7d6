import type { SigningState } from '../../../shared/ipc';
import { findDraft, findDraftLineage, listSignedDeterminations } from '../db';

import type { Workspace } from '../workspace';
import { identityDirFor, storedIdentityKind, type SigningKeyAccess } from '../signingIdentity';
import { absolutePackageDir } from '../packages';
import { readReviewerProfile } from '../profile';

import { requireCase } from '../cases';

/** determinations.signedVersions: the signed versions newest first, the open draft's version, and the identity's state. */
export function readSigningState(ws: Workspace, caseId: string, access: SigningKeyAccess): SigningState {
  const { state, reviewerId } = ws.db.transaction(() => {
    requireCase(ws.db, caseId);
    const lineage = findDraftLineage(ws.db, caseId);
    const signed = listSignedDeterminations(ws.db, caseId).map(({ id: _id, caseId: _case, ...row }) => ({
      ...row,
      packageDir: absolutePackageDir(ws.dataDir, row.packageDir),
    }));
    return {
      state: {
        locked: findDraft(ws.db, caseId)?.locked === 1,
        draftVersion: lineage.version,
        supersedesVersion: lineage.supersedesVersion,
        signed,
      },
      reviewerId: readReviewerProfile(ws.db, ws.log).profile.reviewerId,
    };
  })();
  const kind = identityKindOf(ws.dataDir, reviewerId);
  const protection = (kind ?? access.newIdentityKind) === 'passphrase' ? 'passphrase' : 'os';
  return { ...state, identity: { exists: kind !== null, protection } };
}

/** A profile whose reviewer ID is not yet valid has no identity; signing will say why. */
function identityKindOf(dataDir: string, reviewerId: string): ReturnType<typeof storedIdentityKind> {
  try {
    return storedIdentityKind(identityDirFor(dataDir, reviewerId));
  } catch {
    return null;
  }
}
