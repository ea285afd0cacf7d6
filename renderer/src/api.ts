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
