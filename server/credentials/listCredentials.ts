import type { ServerDb } from '../db';
import { listCertificates, listTokens } from '../repositories';

export interface CredentialListing {
  tokens: { id: string; reviewerId: string; createdAt: string; expiresAt: string | null; state: CredentialState }[];
  certificates: {
    sha256: string;
    reviewerId: string;
    subject: string;
    notAfter: string;
    registeredAt: string;
    state: CredentialState;
  }[];
}

export type CredentialState = 'live' | 'expired' | 'revoked';

/** Every token (by id: the first 12 hex digits of its SHA-256; the token itself is never stored) and every certificate. */
export async function listCredentials(db: ServerDb, now: Date, reviewerId?: string): Promise<CredentialListing> {
  const at = now.toISOString();
  const state = (revokedAt: string | null, expiresAt: string | null): CredentialState =>
    revokedAt ? 'revoked' : expiresAt !== null && expiresAt <= at ? 'expired' : 'live';
  const tokens = await listTokens(db.query, reviewerId);
  const certificates = await listCertificates(db.query, reviewerId);
  return {
    tokens: tokens.map((t) => ({
      id: t.tokenSha256.slice(0, 12),
      reviewerId: t.reviewerId,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      state: state(t.revokedAt, t.expiresAt),
    })),
    certificates: certificates.map((c) => ({
      sha256: c.sha256,
      reviewerId: c.reviewerId,
      subject: c.subject.replaceAll('\n', ', '),
      notAfter: c.notAfter,
      registeredAt: c.registeredAt,
      state: state(c.revokedAt, c.notAfter),
    })),
  };
}
