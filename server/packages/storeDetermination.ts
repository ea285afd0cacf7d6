import type { PackageManifest } from '../../shared/domain';
import type { DeterminationReceipt } from '../../shared/sync';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { findPackageBySha, findPackageByVersion, insertIdempotencyKey, insertPackage } from '../repositories';

import type { DecodedUpload } from './decodeTransport';
import { replayOfKey } from './replayOfKey';

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
  now: Date;
}

/** One transaction: re-checks for a concurrent twin of this upload, then stores the package and its key. */
export function storeDetermination(db: ServerDb, request: StoreRequest): ReceiveResult {
  const { reviewerId, idempotencyKey, decoded, manifest, now } = request;
  return db.transaction((): ReceiveResult => {
    const earlier = replayOfKey(db, reviewerId, idempotencyKey, decoded.bodySha256);
    if (earlier) return { receipt: earlier, replayed: true };
    const at = now.toISOString();
    const same = findPackageBySha(db, decoded.packageSha256);
    if (same && same.reviewerId === reviewerId) {
      insertIdempotencyKey(db, {
        reviewerId,
        key: idempotencyKey,
        bodySha256: decoded.bodySha256,
        receiptId: same.receipt.receiptId,
        createdAt: at,
      });
      return { receipt: same.receipt, replayed: true };
    }
    const clash = findPackageByVersion(db, request.caseId, manifest.determinationVersion);
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
    insertPackage(db, {
      ...receipt,
      reviewerId,
      bodySha256: decoded.bodySha256,
      certificateSha256: request.certificateSha256,
      manifestJson: files.manifestJson.toString('utf8'),
      manifestSig: files.manifestSig.toString('utf8'),
      letterPdf: files['letter.pdf'],
      determinationJson: files['determination.json'],
      certificatePem: files['certificate.pem'].toString('utf8'),
    });
    insertIdempotencyKey(db, {
      reviewerId,
      key: idempotencyKey,
      bodySha256: decoded.bodySha256,
      receiptId: receipt.receiptId,
      createdAt: at,
    });
    return { receipt, replayed: false };
  })();
}
