import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../../shared/sync/syncProtocolVersion';

/** fetch with the protocol header and (optionally) a reviewer token; a 5 s cap keeps a hung test from hanging the run. */
export function syncRequest(
  baseUrl: string,
  path: string,
  token: string | null,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(SYNC_PROTOCOL_HEADER, String(SYNC_PROTOCOL_VERSION));
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(baseUrl + path, { signal: AbortSignal.timeout(5000), ...init, headers });
}
