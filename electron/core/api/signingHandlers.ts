import { previewLetter } from '../letters';
import { archiveSignedPackage, exportSignedPackage, listTrustedSigners, trustSigner, untrustSigner } from '../packages';
import { recordLetterSaved } from '../letters';
import type { WorkspaceServices } from '../services';
import { readSigningState, signDetermination, startNewVersion } from '../signing';

import type { PartialHandlerTable } from './handlerTable';

export function signingHandlers({
  ws,
  signingKeys,
  events,
}: WorkspaceServices): PartialHandlerTable<
  | 'letter.preview'
  | 'determinations.sign'
  | 'determinations.newVersion'
  | 'determinations.signedVersions'
  | 'determinations.exportPackage'
  | 'determinations.packageArchive'
  | 'letter.recordSaved'
  | 'signing.trustedSigners'
  | 'signing.trustSigner'
  | 'signing.untrustSigner'
> {
  return {
    'letter.preview': ({ caseId }) => previewLetter(ws, caseId),
    'determinations.sign': async ({ caseId, passphrase }) => {
      const signed = await signDetermination(ws, caseId, passphrase, signingKeys);
      events({ type: 'sync.changed', reason: 'outbox' });
      return signed;
    },
    'determinations.newVersion': ({ caseId }) => startNewVersion(ws, caseId),
    'determinations.signedVersions': ({ caseId }) => readSigningState(ws, caseId, signingKeys),
    'determinations.exportPackage': ({ caseId, targetDir }) => exportSignedPackage(ws, caseId, targetDir),
    'determinations.packageArchive': ({ caseId }) => archiveSignedPackage(ws, caseId),
    'letter.recordSaved': ({ caseId, sha256, as }) => recordLetterSaved(ws, caseId, sha256, as),
    'signing.trustedSigners': () => listTrustedSigners(ws),
    'signing.trustSigner': ({ certificate, note }) => trustSigner(ws, certificate, note),
    'signing.untrustSigner': ({ certificateSha256 }) => ({ removed: untrustSigner(ws, certificateSha256) }),
  };
}
