import { AppError } from '../../shared/ipc';
import type { ServerDb } from '../db';
import {
  findCertificatesByPrefix,
  findTokensByHashPrefix,
  revokeCertificate,
  revokeToken,
  revokeTokens,
} from '../repositories';

const ID = /^[0-9a-f]{8,64}$/;

function checkId(id: string, what: string): string {
  const normal = id.toLowerCase();
  if (!ID.test(normal)) {
    throw new AppError(
      'INVALID_INPUT',
      `A ${what} id is 8 to 64 hex digits as list-credentials shows it, not "${id}".`,
    );
  }
  return normal;
}

/** Revokes the one token whose id (the start of its SHA-256, as list-credentials shows) matches; at once, on every instance. */
export async function revokeTokenById(db: ServerDb, id: string, now: Date): Promise<{ reviewerId: string }> {
  const prefix = checkId(id, 'token');
  return db.write(async (tx) => {
    const found = await findTokensByHashPrefix(tx, prefix);
    if (found.length !== 1 || !found[0]) {
      throw new AppError(
        found.length ? 'CONFLICT' : 'NOT_FOUND',
        found.length
          ? `${found.length} tokens start with ${prefix}; give more digits.`
          : `No token has the id ${prefix}.`,
      );
    }
    if (found[0].revokedAt)
      throw new AppError('CONFLICT', `Token ${prefix} was already revoked on ${found[0].revokedAt}.`);
    await revokeToken(tx, found[0].tokenSha256, now.toISOString());
    return { reviewerId: found[0].reviewerId };
  });
}

export function revokeAllTokensOf(db: ServerDb, reviewerId: string, now: Date): Promise<number> {
  return db.write((tx) => revokeTokens(tx, reviewerId, now.toISOString()));
}

/** Revokes a certificate: packages signed with it are refused from now on (those already received stay). */
export async function revokeCertificateById(
  db: ServerDb,
  id: string,
  now: Date,
): Promise<{ sha256: string; reviewerId: string }> {
  const prefix = checkId(id, 'certificate');
  return db.write(async (tx) => {
    const found = await findCertificatesByPrefix(tx, prefix);
    if (found.length !== 1 || !found[0]) {
      throw new AppError(
        found.length ? 'CONFLICT' : 'NOT_FOUND',
        found.length
          ? `${found.length} certificates start with ${prefix}; give more digits.`
          : `No certificate has the SHA-256 ${prefix}….`,
      );
    }
    const cert = found[0];
    if (!(await revokeCertificate(tx, cert.sha256, now.toISOString()))) {
      throw new AppError('CONFLICT', `Certificate ${cert.sha256} was already revoked on ${cert.revokedAt}.`);
    }
    return { sha256: cert.sha256, reviewerId: cert.reviewerId };
  });
}
