import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fault } from './Fault';
import type { UpstreamReply } from './sendUpstream';

/** Sends the server's reply to the client as the fault says; resolves with whether the client got all of it. */
export async function writeFaultyReply(
  response: ServerResponse,
  reply: UpstreamReply,
  fault: Fault,
  signal: AbortSignal,
): Promise<'replied' | 'cut'> {
  const cutClient = (): 'cut' => {
    response.socket?.destroy();
    return 'cut';
  };
  if (fault.kind === 'loseResponse') return cutClient();
  response.writeHead(reply.status, reply.headers);
  if (fault.kind === 'dropResponse') {
    const part = reply.body.subarray(0, Math.min(fault.afterBytes, Math.max(0, reply.body.length - 1)));
    await new Promise<void>((resolve) =>
      part.length ? response.write(part, () => resolve()) : (response.flushHeaders(), resolve()),
    );
    await sleep(20, undefined, { signal }).catch(() => undefined);
    return cutClient();
  }
  if (fault.kind === 'trickle') {
    for (let offset = 0; offset < reply.body.length; offset += fault.chunkBytes) {
      if (response.destroyed || signal.aborted) return 'cut';
      response.write(reply.body.subarray(offset, offset + fault.chunkBytes));
      await sleep(fault.intervalMs, undefined, { signal }).catch(() => undefined);
    }
  }
  if (fault.kind !== 'trickle') response.write(reply.body);
  await new Promise<void>((resolve) => response.end(() => resolve()));
  return response.destroyed && !response.writableFinished ? 'cut' : 'replied';
}
