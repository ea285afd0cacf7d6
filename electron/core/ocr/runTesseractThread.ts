type Require = (id: string) => unknown;

interface WorkerThreads {
  parentPort: { on(event: 'message', listener: (packet: unknown) => void): void; postMessage(message: unknown): void };
  BroadcastChannel: new (name: string) => {
    onmessage: ((event: { data: unknown }) => void) | null;
    unref(): void;
    postMessage(message: unknown): void;
  };
  receiveMessageOnPort(port: unknown): { message: unknown } | undefined;
}

interface TesseractWorkerScript {
  dispatchHandlers(packet: unknown, send: (message: unknown) => void): void;
  setAdapter(adapter: Record<string, unknown>): void;
}

type CoreOptions = { TesseractProgress(percent: number): void } & Record<string, unknown>;
type GetCore = (...args: unknown[]) => Promise<(options: CoreOptions) => Promise<unknown>>;

/**
 * tesseract.js's Node worker script (src/worker-script/node/index.js), run in tesseract.js's own thread with one
 * change: the progress callback, which tesseract calls from inside the WASM while it reads a page (about every
 * 20 ms), sleeps while the OCR hold lasts, so a page can be held midway. The hold, and a counter of the time slept
 * (for the page's timings), come from the OCR worker over a BroadcastChannel named for it.
 * Run by its source (see ocrWorkerSource), so it uses only its arguments and globals.
 */
export function runTesseractThread(
  requireFromScript: Require,
  channelName: string,
  waitWhileHeld: (hold: BigInt64Array, sleeper: Int32Array) => number,
): void {
  const threads = requireFromScript('node:worker_threads') as WorkerThreads;
  const script = requireFromScript('..') as TesseractWorkerScript;
  const getCore = requireFromScript('./getCore') as GetCore;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let hold: BigInt64Array | null = null;
  let slept: BigInt64Array | null = null;
  const take = (message: unknown) => {
    const shared = message as { hold?: SharedArrayBuffer; slept?: SharedArrayBuffer } | null;
    if (!shared?.hold || !shared.slept) return;
    hold = new BigInt64Array(shared.hold);
    slept = new BigInt64Array(shared.slept);
  };
  const channel = new threads.BroadcastChannel(channelName);
  // Arrives while the thread waits for its first job; read synchronously too, should a page start first.
  channel.onmessage = (event) => take(event.data);
  channel.unref();
  const holdPoint = () => {
    for (let m = threads.receiveMessageOnPort(channel); !hold && m; m = threads.receiveMessageOnPort(channel))
      take(m.message);
    if (!hold || !slept) return;
    const ms = waitWhileHeld(hold, sleeper);
    if (ms > 0) Atomics.add(slept, 0, BigInt(ms));
  };
  channel.postMessage('ready');
  threads.parentPort.on('message', (packet) =>
    script.dispatchHandlers(packet, (message) => threads.parentPort.postMessage(message)),
  );
  script.setAdapter({
    getCore: async (...args: unknown[]) => {
      const Core = await getCore(...args);
      return (options: CoreOptions) =>
        Core({
          ...options,
          TesseractProgress(percent: number) {
            options.TesseractProgress(percent);
            holdPoint();
          },
        });
    },
    gunzip: requireFromScript('./gunzip'),
    fetch: globalThis.fetch,
    ...(requireFromScript('./cache') as Record<string, unknown>),
  });
}
