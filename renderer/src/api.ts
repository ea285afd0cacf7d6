import { unwrapResult, type MethodInput, type MethodName, type MethodOutput, type Result } from '../../shared/ipc';

interface Bridge {
  transport: 'electron' | 'shell';
  invoke(method: string, payload: unknown): Promise<Result<unknown>>;
  recordUrl(documentId: string): string;
}

declare global {
  interface Window {
    workstation?: Bridge;
  }
}

const shellBridge: Bridge = {
  transport: 'shell',
  async invoke(method, payload) {
    let response: Response;
    try {
      response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
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
    if (response.status === 401) {
      return {
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message: 'This window lost its session. Open the address printed when the workstation started.',
        },
      };
    }
    return (await response.json()) as Result<unknown>;
  },
  recordUrl: (documentId) => `/records/${encodeURIComponent(documentId)}`,
};

const bridge: Bridge = window.workstation ?? shellBridge;

/** The only place that knows the transport: components call typed methods and get typed values or an AppError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return unwrapResult(await bridge.invoke(method, input)) as MethodOutput<M>;
}

export function recordUrl(documentId: string): string {
  return bridge.recordUrl(documentId);
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
