import { previewLetter } from '../letters/previewLetter';
import { readSigningState } from '../signing/readSigningState';
import { signDetermination } from '../signing/signDetermination';
import { getSigningKeyAccess } from '../signingIdentity/signingKeyAccess';
import { startNewVersion } from '../signing/startNewVersion';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

export function signingHandlers(
  ws: Workspace,
): PartialHandlerTable<'letter.preview' | 'determinations.sign' | 'determinations.newVersion' | 'determinations.signedVersions'> {
  return {
    'letter.preview': ({ caseId }) => previewLetter(ws, caseId),
    'determinations.sign': ({ caseId, passphrase }) => signDetermination(ws, caseId, passphrase, getSigningKeyAccess()),
    'determinations.newVersion': ({ caseId }) => startNewVersion(ws, caseId),
    'determinations.signedVersions': ({ caseId }) => readSigningState(ws, caseId, getSigningKeyAccess()),
  };
}
