import { createHash } from 'node:crypto';

/** Tokens are stored only as their SHA-256, so a copied database grants no access. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
