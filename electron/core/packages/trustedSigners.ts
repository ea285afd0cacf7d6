import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type TrustedSigner } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { commonNameOf } from '../cms';
import { deleteTrustedSigner, insertTrustedSigner, listTrustedSignerRows } from '../db';
import { IDENTITY_FILES } from '../signingIdentity';
import type { Workspace } from '../workspace';

const SHA256 = /^[0-9a-f]{64}$/;

/** A certificate named on the command line or pasted in: PEM text, or the SHA-256 of its DER as hex. */
export function readTrustedCertificate(text: string): { certificateSha256: string; subject: string } {
  const trimmed = text.trim();
  if (SHA256.test(trimmed.toLowerCase())) return { certificateSha256: trimmed.toLowerCase(), subject: '' };
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(trimmed);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'That is neither a certificate (PEM, "-----BEGIN CERTIFICATE-----") nor a SHA-256 fingerprint (64 hex digits).',
    );
  }
  return {
    certificateSha256: createHash('sha256').update(certificate.raw).digest('hex'),
    subject: commonNameOf(certificate) ?? '',
  };
}

/** The workspace's own signing certificates (one identity folder per reviewer ID): trusted without being added. */
function ownCertificates(dataDir: string): TrustedSigner[] {
  const root = join(dataDir, 'signing-identity');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const pem = join(root, entry.name, IDENTITY_FILES.certificate);
    if (!entry.isDirectory() || !existsSync(pem)) return [];
    try {
      const own = readTrustedCertificate(readFileSync(pem, 'utf8'));
      return [{ ...own, source: 'own' as const, note: 'this workspace’s signing identity', addedAt: null }];
    } catch {
      return [];
    }
  });
}

export function listTrustedSigners(ws: Pick<Workspace, 'db' | 'dataDir'>): TrustedSigner[] {
  const own = ownCertificates(ws.dataDir);
  const added = listTrustedSignerRows(ws.db)
    .filter((row) => !own.some((o) => o.certificateSha256 === row.certificateSha256))
    .map((row) => ({ ...row, source: 'added' as const }));
  return [...own, ...added];
}

export function trustSigner(ws: Workspace, certificate: string, note = ''): TrustedSigner {
  const read = readTrustedCertificate(certificate);
  const row = { ...read, note, addedAt: ws.clock.now().toISOString() };
  ws.db.transaction(() => {
    insertTrustedSigner(ws.db, row);
    recordAuditEvent(ws, {
      action: 'settings.changed',
      caseId: null,
      details: { setting: 'trust.signer', added: read.certificateSha256, subject: read.subject.slice(0, 100) },
    });
  })();
  return { ...row, source: 'added' };
}

export function untrustSigner(ws: Workspace, certificateSha256: string): boolean {
  return ws.db.transaction(() => {
    const removed = deleteTrustedSigner(ws.db, certificateSha256);
    if (removed)
      recordAuditEvent(ws, {
        action: 'settings.changed',
        caseId: null,
        details: { setting: 'trust.signer', removed: certificateSha256 },
      });
    return removed;
  })();
}
