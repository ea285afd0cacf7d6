import { syncFailure } from './syncFailure';

/** Reads a reply body but refuses more than maxBytes (declared or actual), cancelling the rest of the transfer. */
export async function readCappedBody(response: Response, maxBytes: number, abort: () => void): Promise<Buffer> {
  const tooLarge = () => {
    abort();
    return syncFailure(
      'SERVER_REPLY_INVALID',
      `The sync server sent a reply larger than ${Math.round(maxBytes / 1024)} KB, which the app refuses. Nothing was changed; tell your IMR organisation.`,
      {
        status: response.status,
        retryable: false,
      },
    );
  };
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  // A declared length within the cap is enforced by the HTTP client itself: read it in one go.
  if (Number.isFinite(declared)) return Buffer.from(await response.arrayBuffer());
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
