import { AppError } from '../../../shared/ipc';
import { SYNC_ROUTES, enrolRequestSchema, enrolResponseSchema, type EnrolResponse } from '../../../shared/sync';
import { readReviewerProfile } from '../profile';
import { openSigningIdentity, readStoredCertificate, type SigningKeyAccess } from '../signingIdentity';
import type { Workspace } from '../workspace';
import { checkServerUrl } from './checkServerUrl';
import { configureSync, refuseReplacingLocalWork, type SignInResult } from './configureSync';
import { createSyncClient } from './createSyncClient';
import { syncFailureDetails } from './syncFailure';
import type { SyncOptions } from './syncOptions';

const ENROL_TIMEOUT_MS = 15_000;

export interface EnrolInput {
  serverUrl: string;
  code: string;
  /** Seals a signing key made now because there is none yet (passphrase-sealed keys only). */
  passphrase?: string;
  /** As for configureSync: the demo cases may be replaced even though they hold the reviewer's work. */
  replaceLocalWork?: boolean;
}

/**
 * Signs in with a one-time code from the IMR organisation: the server registers this reviewer's signing certificate
 * (created now if there is none, so the first upload is not refused) and answers a token, which is then checked
 * and saved as a normal sign-in.
 */
export async function enrolSync(
  ws: Workspace,
  input: EnrolInput,
  access: SigningKeyAccess,
  options: SyncOptions,
): Promise<SignInResult> {
  const serverUrl = checkServerUrl(input.serverUrl);
  // Checked before the one-time code is spent: a refusal here leaves it usable.
  refuseReplacingLocalWork(ws, input.replaceLocalWork === true);
  const code = enrolRequestSchema.shape.code.safeParse(input.code);
  if (!code.success) {
    throw new AppError('INVALID_INPUT', 'An enrolment code is 12 letters and digits, e.g. ABCD-EFGH-JKMN.');
  }
  const { reviewerId } = readReviewerProfile(ws.db, ws.log).profile;
  let certificatePem = readStoredCertificate(ws.dataDir, reviewerId)?.pem;
  if (!certificatePem) {
    if (access.newIdentityKind === 'passphrase' && !input.passphrase) {
      throw new AppError(
        'INVALID_INPUT',
        'Choose a signing passphrase: signing in with an enrolment code makes your signing key now, sealed by that passphrase.',
      );
    }
    const { identity } = await openSigningIdentity(ws.dataDir, reviewerId, input.passphrase, access, ws.clock.now());
    certificatePem = identity.certificatePem;
  }
  const client = createSyncClient(serverUrl, null, {
    ...options,
    requestTimeoutMs: Math.min(options.requestTimeoutMs, ENROL_TIMEOUT_MS),
  });
  let enrolled: EnrolResponse;
  try {
    enrolled = (
      await client.json(SYNC_ROUTES.enrol, enrolResponseSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: code.data, certificatePem }),
      })
    ).value;
  } catch (error) {
    const serverCode = syncFailureDetails(error)?.serverCode;
    if (serverCode === 'ENROLMENT_CODE_INVALID') {
      throw new AppError(
        'UNAUTHORIZED',
        'The server did not accept this enrolment code: it is mistyped, already used or expired. Ask your IMR organisation for a new one.',
      );
    }
    if (serverCode === 'CERTIFICATE_INVALID' && error instanceof AppError) {
      throw new AppError(
        'INVALID_INPUT',
        `${error.message} Your profile's reviewer ID is ${reviewerId}: if your IMR organisation knows you by another ID, set it in Profile… and sign in again.`,
      );
    }
    throw error;
  }
  return configureSync(ws, serverUrl, enrolled.token, options, input.replaceLocalWork === true);
}
