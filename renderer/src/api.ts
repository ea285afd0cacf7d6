import {
  backendEventSchema,
  unwrapResult,
  type BackendEvent,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Result,
} from '../../shared/ipc';

/** Where a record's bytes are read from, with what the request must carry (the shell's token). */
export interface RecordRequest {
  url: string;
  headers: Record<string, string>;
}

interface Bridge {
  transport: 'electron' | 'shell';
  invoke(method: string, payload: unknown): Promise<Result<unknown>>;
  recordUrl(documentId: string): string;
  /** Back-end events; returns the unsubscribe. */
  onEvent?(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    workstation?: Bridge;
  }
}

const TOKEN_KEY = 'imr-shell-token';

/**
 * The shell's launch address carries its token in the fragment (#token=…), which no browser sends to a server. It is
 * kept in this tab's sessionStorage, removed from the address bar and history entry at once, and sent only in the
 * Authorization header: never a cookie, which a browser would also send to any other program on 127.0.0.1.
 */
function shellToken(): string | null {
  const match = /^#token=([\w-]+)$/.exec(window.location.hash);
  if (match?.[1]) {
    window.sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', '/');
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

const authorization = (): Record<string, string> => {
  const token = shellToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

const LOST_SESSION = 'This window lost its session. Open the address printed when the workstation started.';

const shellBridge: Bridge = {
  transport: 'shell',
  async invoke(method, payload) {
    let response: Response;
    try {
      response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...authorization() },
        credentials: 'omit',
        body: JSON.stringify({ method, payload }),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'NETWORK',
          message: 'The workstation back end is not answering. Is it still running? Your last saved edits are safe.',
        },
      };
    }
    if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: LOST_SESSION } };
    openShellEvents();
    return (await response.json()) as Result<unknown>;
  },
  recordUrl: (documentId) => `/records/${encodeURIComponent(documentId)}`,
  onEvent: (listener) => followShellEvents(listener),
};

const bridge: Bridge = window.workstation ?? shellBridge;
if (bridge === shellBridge) shellToken();

/** The only place that knows the transport: components call typed methods and get typed values or an AppError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return unwrapResult(await bridge.invoke(method, input)) as MethodOutput<M>;
}

/** How to fetch a record's bytes (pdf.js range reads, images). */
export function recordRequest(documentId: string): RecordRequest {
  return {
    url: bridge.recordUrl(documentId),
    headers: bridge.transport === 'shell' ? authorization() : {},
  };
}

/**
 * An address an <img> can show a record from: the Electron protocol URL as it is; in the shell the bytes are fetched
 * with the token and shown from a blob URL (an <img> cannot send a header). Call release when the image goes away.
 */
export async function recordImageUrl(documentId: string): Promise<{ url: string; release(): void }> {
  const { url, headers } = recordRequest(documentId);
  if (bridge.transport !== 'shell') return { url, release: () => undefined };
  const response = await fetch(url, { headers, cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`the record could not be read (HTTP ${response.status})`);
  const blobUrl = URL.createObjectURL(await response.blob());
  return { url: blobUrl, release: () => URL.revokeObjectURL(blobUrl) };
}

/** Changes the back end made by itself (see shared/ipc/backendEvents.ts); returns the unsubscribe. */
export function onBackendEvent(listener: (event: BackendEvent) => void): () => void {
  if (!bridge.onEvent) return () => undefined;
  return bridge.onEvent((raw) => {
    const parsed = backendEventSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}

const shellListeners = new Set<(event: unknown) => void>();
let shellStream: AbortController | null = null;

/**
 * One event stream per window, shared by every listener. When it ends (the shell stopped or restarted) it is not
 * retried on a timer, which would fill the console while the shell is away: it is opened again once a call reaches
 * the back end with this window's token (focus and visibility already make the window ask), and its first event
 * ('hello') makes every view refresh.
 */
function followShellEvents(listener: (event: unknown) => void): () => void {
  shellListeners.add(listener);
  openShellEvents();
  return () => {
    shellListeners.delete(listener);
    if (shellListeners.size === 0) {
      shellStream?.abort();
      shellStream = null;
    }
  };
}

function openShellEvents(): void {
  if (shellListeners.size === 0 || shellStream) return;
  const controller = new AbortController();
  shellStream = controller;
  void readShellEvents(controller.signal).finally(() => {
    if (shellStream === controller) shellStream = null;
  });
}

async function readShellEvents(signal: AbortSignal): Promise<void> {
  try {
    const response = await fetch('/api/events', { headers: authorization(), signal, credentials: 'omit' });
    const reader = response.ok ? response.body?.getReader() : undefined;
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const frame = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        if (!data) continue;
        let event: unknown;
        try {
          event = JSON.parse(data);
        } catch {
          continue;
        }
        for (const listener of [...shellListeners]) listener(event);
      }
    }
  } catch {
    // the shell stopped or restarted: the next call that gets through opens the stream again
  }
}

/** What the system offers a saved or printed file: the Electron dialogs, or the browser's download and print. */
interface DesktopBridge {
  saveFile(request: { suggestedName: string; base64: string; kind: SavedFileKind }): Promise<SaveOutcome>;
  print(): Promise<{ printed: boolean }>;
  chooseFolder(title: string): Promise<string | null>;
}

export type SavedFileKind = 'pdf' | 'json' | 'zip';
export interface SaveOutcome {
  saved: boolean;
  /** Where the file went; null for a browser download, whose place the browser decides. */
  path: string | null;
}

const MIME: Record<SavedFileKind, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  zip: 'application/zip',
};

function desktop(): DesktopBridge | null {
  return (window.workstation as (Bridge & { desktop?: DesktopBridge }) | undefined)?.desktop ?? null;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves bytes as a file: the system's Save dialog on the desktop, a download in the browser shell. */
export async function saveFile(suggestedName: string, bytes: Uint8Array, kind: SavedFileKind): Promise<SaveOutcome> {
  const native = desktop();
  if (native) return native.saveFile({ suggestedName, base64: base64Of(bytes), kind });
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, path: null };
}

/** Opens the print dialog on the window's print view: Electron's dialog on the desktop, the browser's in the shell. */
export async function printWindow(): Promise<void> {
  const native = desktop();
  if (native) await native.print();
  else window.print();
}

/** The system's folder picker on the desktop; null in the browser shell, which downloads instead. */
export function folderPicker(): ((title: string) => Promise<string | null>) | null {
  const native = desktop();
  return native ? (title) => native.chooseFolder(title) : null;
}
