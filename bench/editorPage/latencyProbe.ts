export interface KeystrokeSample {
  /** keydown → after the next frame was rendered (the "double-rAF" paint time). */
  total: number;
  /** keydown → the editor has handled the input (script work). */
  script: number;
  /** The next frame's own style, layout and paint. */
  render: number;
}

/** Times every keystroke from its keydown to the frame after the update (performance.md 8.1). */
export function installLatencyProbe(): { samples: KeystrokeSample[]; reset(): void } {
  const samples: KeystrokeSample[] = [];
  let inputAt = 0;
  window.addEventListener('input', () => queueMicrotask(() => (inputAt = performance.now())), true);
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      inputAt = 0;
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          samples.push({ total: end - start, script: (inputAt || frameAt) - start, render: end - frameAt });
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  return { samples, reset: () => samples.splice(0) };
}
