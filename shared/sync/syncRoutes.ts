/** Route paths of sync protocol version 1 (Fastify-style parameters). */
export const SYNC_ROUTES = {
  me: '/v1/me',
  assignments: '/v1/assignments',
  record: '/v1/records/:sha256',
  determinations: '/v1/determinations',
  /** Sign-in with a one-time enrolment code instead of a token: registers the certificate, answers a token. */
  enrol: '/v1/enrol',
} as const;

export function recordPath(sha256: string): string {
  return `/v1/records/${encodeURIComponent(sha256)}`;
}

export function assignmentsPath(cursor: string | null, limit?: number): string {
  const query: string[] = [];
  if (cursor !== null) query.push(`cursor=${encodeURIComponent(cursor)}`);
  if (limit !== undefined) query.push(`limit=${limit}`);
  return query.length ? `${SYNC_ROUTES.assignments}?${query.join('&')}` : SYNC_ROUTES.assignments;
}
