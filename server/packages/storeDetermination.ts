import type { PackageManifest } from '../../shared/domain';
import type { DeterminationReceipt } from '../../shared/sync';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findUploadTwins, insertIdempotencyKey, insertPackage } from '../repositories';

import type { DecodedUpload } from './decodeTransport';
import { checkKeyReplay } from './replayOfKey';

export interface ReceiveResult {
  receipt: DeterminationReceipt;
  /** True when nothing new was stored because this package (or this key) was already received. */
  replayed: boolean;
}

export interface StoreRequest {
  receiptId: string;
  reviewerId: string;
  idempotencyKey: string;
  caseId: string;
  manifest: PackageManifest;
  decoded: DecodedUpload;
  certificateSha256: string;
  /** Where record storage already holds letter.pdf and determination.json. */
  letterSha256: string;
  determinationSha256: string;
  now: Date;
}

/**
 * One transaction: re-checks for a twin of this upload (a retry that reached another instance, a duplicate), then
 * stores the package and its key. A twin committing at the same moment on another instance breaks a unique
 * constraint (idempotency key, package hash, case version), this transaction re-runs, and the re-run answers with
 * the twin's receipt; so READ COMMITTED is exact here.
 */
export function storeDetermination(db: ServerDb, request: StoreRequest): Promise<ReceiveResult> {
  const { reviewerId, idempotencyKey, decoded, manifest, now } = request;
  return db.write(
    async (tx): Promise<ReceiveResult> => {
      const twins = await findUploadTwins(tx, {
        reviewerId,
        key: idempotencyKey,
        packageSha256: decoded.packageSha256,
        caseId: request.caseId,
        version: manifest.determinationVersion,
      });
      if (twins.key) return { receipt: checkKeyReplay(twins.key, decoded.bodySha256), replayed: true };
      const at = now.toISOString();
      const same = twins.sameContent;
      if (same && same.reviewerId === reviewerId) {
        await insertIdempotencyKey(tx, {
          reviewerId,
          key: idempotencyKey,
          bodySha256: decoded.bodySha256,
          receiptId: same.receipt.receiptId,
          createdAt: at,
        });
        return { receipt: same.receipt, replayed: true };
      }
      const clash = twins.sameVersion;
      if (clash) {
        throw new SyncHttpError(
          'VERSION_ALREADY_RECEIVED',
          `Version ${manifest.determinationVersion} of the determination for case ${manifest.caseNumber} was already received (receipt ${clash.receipt.receiptId}) with different content. A signed letter is never replaced: sign a new version that supersedes it.`,
        );
      }
      const receipt = {
        receiptId: request.receiptId,
        receivedAt: at,
        packageSha256: decoded.packageSha256,
        caseNumber: manifest.caseNumber,
        caseId: request.caseId,
        determinationVersion: manifest.determinationVersion,
      };
      const { files } = decoded;
      await insertPackage(tx, {
        ...receipt,
        reviewerId,
        bodySha256: decoded.bodySha256,
        certificateSha256: request.certificateSha256,
        manifestJson: files.manifestJson.toString('utf8'),
        manifestSig: files.manifestSig.toString('utf8'),
        letterSha256: request.letterSha256,
        determinationSha256: request.determinationSha256,
        certificatePem: files['certificate.pem'].toString('utf8'),
      });
      await insertIdempotencyKey(tx, {
        reviewerId,
        key: idempotencyKey,
        bodySha256: decoded.bodySha256,
        receiptId: receipt.receiptId,
        createdAt: at,
      });
      return { receipt, replayed: false };
    },
    { isolation: 'read committed' },
  );
}
