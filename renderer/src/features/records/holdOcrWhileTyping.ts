/** The window asks at most this often; each ask holds OCR for TYPING_HOLD_MS (2 s) in the back end. */
export const TYPING_HINT_EVERY_MS = 500;

/**
 * While the reviewer types anywhere in the window, asks the back end to hold background OCR (records.holdOcrForTyping),
 * so each keystroke gets the whole machine. Returns the function that stops listening.
 */
export function holdOcrWhileTyping(
  target: EventTarget,
  ask: () => void,
  now: () => number = () => performance.now(),
): () => void {
  let last = -Infinity;
  const onKey = () => {
    const t = now();
    if (t - last < TYPING_HINT_EVERY_MS) return;
    last = t;
    ask();
  };
  // Capture: an editor that stops a key's propagation still counts as typing.
  target.addEventListener('keydown', onKey, { capture: true, passive: true });
  return () => target.removeEventListener('keydown', onKey, { capture: true });
}
