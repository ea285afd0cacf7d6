import type { z } from 'zod';
import { AppError } from '../../../shared/ipc';
import {
  AUDIT_CHAIN_HEADER,
  AUDIT_HEAD_HEADER,
  AUDIT_HEAD_SEEN_HEADER,
  SYNC_PROTOCOL_HEADER,
  SYNC_PROTOCOL_VERSION,
} from '../../../shared/sync';
import { httpFailure } from './httpFailure';
import { readCappedBody } from './readCappedBody';
import { syncFailure } from './syncFailure';
import type { SyncOptions } from './syncOptions';

const ERROR_BODY_LIMIT = 64 * 1024;

export interface JsonReply<T> {
  value: T;
  status: number;
  headers: Headers;
}

export interface OpenedReply {
  response: Response;
  /** Cancels the transfer (the stall timer uses it). */
  abort(): void;
  /** Stop the request's own timer once the caller takes over the body. */
  clearTimer(): void;
}

export interface SyncClient {
  readonly serverUrl: string;
  /** JSON request with the whole-request timeout, a size cap and a schema check; non-2xx replies throw AppError. */
  json<T>(path: string, schema: z.ZodType<T>, init?: RequestInit, timeoutMs?: number): Promise<JsonReply<T>>;
  /** A 2xx reply whose body the caller reads (record bytes); non-2xx replies throw AppError. */
  open(path: string, init?: RequestInit, timeoutMs?: number): Promise<OpenedReply>;
}

export type SyncClientOptions = Pick<SyncOptions, 'requestTimeoutMs' | 'maxJsonReplyBytes'>;

/** The audit trail's side of sync: its head goes with each request; the head the server kept comes back. */
export interface SyncAudit {
  head?(): { head: string; chain: string } | null;
  /** The furthest head the server had kept for this trail (AUDIT_HEAD_SEEN_HEADER, unparsed). */
  serverSaw?(value: string): void;
}

/**
 * Every sync request goes through here: protocol header, bearer token (none for enrolment), the audit head (when
 * given), timeouts and errors in words.
 */
export function createSyncClient(
  serverUrl: string,
  token: string | null,
  options: SyncClientOptions,
  audit: SyncAudit = {},
): SyncClient {
  const base = serverUrl.replace(/\/+$/, '');

  const open = async (
    path: string,
    init: RequestInit = {},
    timeoutMs = options.requestTimeoutMs,
  ): Promise<OpenedReply> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const headers = new Headers(init.headers);
    headers.set(SYNC_PROTOCOL_HEADER, String(SYNC_PROTOCOL_VERSION));
    if (token !== null) headers.set('authorization', `Bearer ${token}`);
    const head = audit.head?.();
    if (head) {
      headers.set(AUDIT_HEAD_HEADER, head.head);
      headers.set(AUDIT_CHAIN_HEADER, head.chain);
    }
    let response: Response;
    try {
      response = await fetch(base + path, { ...init, headers, signal: controller.signal, redirect: 'manual' });
    } catch {
      clearTimeout(timer);
      throw syncFailure(
        'NETWORK',
        timedOut
          ? `The sync server at ${base} did not answer within ${Math.round(timeoutMs / 1000)} s. Sync will try again.`
          : `Could not reach the sync server at ${base} (offline, or the connection was cut). Sync will try again.`,
        { retryable: true },
      );
    }
    const seen = response.headers.get(AUDIT_HEAD_SEEN_HEADER);
    if (seen) audit.serverSaw?.(seen);
    const sentVersion = response.headers.get(SYNC_PROTOCOL_HEADER);
    if (sentVersion !== null && sentVersion !== String(SYNC_PROTOCOL_VERSION)) {
      clearTimeout(timer);
      controller.abort();
      throw syncFailure(
        'SERVER_REPLY_INVALID',
        `The sync server speaks protocol ${sentVersion}; this app speaks ${SYNC_PROTOCOL_VERSION}. Update the app or ask your IMR organisation.`,
        {
          status: response.status,
          retryable: false,
        },
      );
    }
    if (!response.ok) {
      const body = await readCappedBody(response, ERROR_BODY_LIMIT, () => controller.abort()).catch(() =>
        Buffer.alloc(0),
      );
      clearTimeout(timer);
      throw httpFailure(response.status, body, response.headers.get('retry-after'));
    }
    return { response, abort: () => controller.abort(), clearTimer: () => clearTimeout(timer) };
  };

  const json = async <T>(
    path: string,
    schema: z.ZodType<T>,
    init: RequestInit = {},
    timeoutMs?: number,
  ): Promise<JsonReply<T>> => {
    const reply = await open(path, init, timeoutMs);
    let body: Buffer;
    try {
      body = await readCappedBody(reply.response, options.maxJsonReplyBytes, reply.abort);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw syncFailure(
        'NETWORK',
        `The connection to ${base} broke while the reply was arriving. Sync will try again.`,
        { retryable: true },
      );
    } finally {
      reply.clearTimer();
    }
    if (reply.response.headers.get(SYNC_PROTOCOL_HEADER) === null) {
      throw syncFailure(
        'SERVER_REPLY_INVALID',
        `${base} answered, but not as an IMR sync server. Check the server address in Sync settings.`,
        {
          status: reply.response.status,
          retryable: false,
        },
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      throw syncFailure(
        'SERVER_REPLY_INVALID',
        `The sync server sent a reply that is not valid JSON (${path.split('?')[0]}). Nothing was changed; tell your IMR organisation if it repeats.`,
        {
          status: reply.response.status,
          retryable: false,
        },
      );
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.map(String).join('.') : 'the reply';
      throw syncFailure(
        'SERVER_REPLY_INVALID',
        `The sync server sent a reply this app does not understand (${path.split('?')[0]}: ${where}: ${issue?.message ?? 'invalid'}). Nothing was changed; tell your IMR organisation.`,
        {
          status: reply.response.status,
          retryable: false,
        },
      );
    }
    return { value: parsed.data, status: reply.response.status, headers: reply.response.headers };
  };

  return { serverUrl: base, json, open };
}
