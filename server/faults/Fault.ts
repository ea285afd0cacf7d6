import type { IncomingHttpHeaders } from 'node:http';
import type { SeededRandom } from '../../shared/random';

/** What the proxy does to one request. */
export type Fault =
  | { kind: 'pass' }
  /** Forwards part of the request body, then cuts both connections: the server never sees a whole request. */
  | { kind: 'dropRequestBody'; afterBytes: number }
  /** Forwards the request, sends the status, headers and this many body bytes, then cuts the client connection. */
  | { kind: 'dropResponse'; afterBytes: number }
  /** Answers 500 itself; the server never sees the request. */
  | { kind: 'status500' }
  /** Holds the request this long before forwarding it (the client may time out while the server still commits). */
  | { kind: 'delay'; ms: number }
  /** Forwards, then sends the response body in small chunks with pauses. */
  | { kind: 'trickle'; chunkBytes: number; intervalMs: number }
  /** Forwards and waits for the server's full response (it committed), then cuts the client connection. */
  | { kind: 'loseResponse' }
  /** Sends the request to the server twice (at once, or one after the other) and answers with the first reply. */
  | { kind: 'duplicate'; concurrent: boolean };

export type FaultKind = Fault['kind'];

export interface ProxiedRequest {
  /** 0-based arrival order at the proxy. */
  index: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export type FaultPlan = (request: ProxiedRequest, random: SeededRandom) => Fault;

export interface FaultEvent {
  index: number;
  method: string;
  path: string;
  fault: Fault;
  /** Status of every reply the server gave (two for 'duplicate'; none when the server was not reached). */
  upstreamStatuses: number[];
  /** 'replied': the client got a whole reply; 'cut': the client's connection was cut. */
  outcome: 'replied' | 'cut' | 'pending';
}
