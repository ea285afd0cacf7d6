import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, METHOD_NAMES, backendEventSchema } from '../../shared/ipc';

/** Exactly the contract's methods, nothing else of Electron or Node, reach the page. */
const methods = new Set<string>(METHOD_NAMES);
contextBridge.exposeInMainWorld('workstation', {
  transport: 'electron',
  invoke: (method: string, payload: unknown) =>
    methods.has(method)
      ? ipcRenderer.invoke('api:invoke', method, payload)
      : Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `There is no method called ${method}.` },
        }),
  methods: [...methods],
  recordUrl: (documentId: string) => `imr-record://record/${encodeURIComponent(documentId)}`,
  // The system's save, folder and print dialogs; main checks the sender and validates every request.
  desktop: {
    saveFile: (request: unknown) => ipcRenderer.invoke('desktop:saveFile', request),
    print: () => ipcRenderer.invoke('desktop:print'),
    chooseFolder: (title: string) => ipcRenderer.invoke('desktop:chooseFolder', title),
  },
  /** Back-end events, checked against the shared vocabulary; only their data reaches the page, never the IPC event. */
  onEvent: (listener: (event: unknown) => void) => {
    const forward = (_event: unknown, payload: unknown) => {
      const parsed = backendEventSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
});
