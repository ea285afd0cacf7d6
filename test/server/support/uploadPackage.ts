import { randomUUID } from 'node:crypto';
import type { PackageTransport } from '../../../shared/domain/signedPackage';
import { SYNC_ROUTES } from '../../../shared/sync/syncRoutes';
import { syncRequest } from './syncRequest';

/** POST /v1/determinations with a JSON body and an Idempotency-Key (a fresh UUID unless given). */
export function uploadPackage(
  baseUrl: string,
  token: string,
  body: PackageTransport | string,
  key: string = randomUUID(),
): Promise<Response> {
  return syncRequest(baseUrl, SYNC_ROUTES.determinations, token, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
