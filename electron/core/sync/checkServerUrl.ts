import { AppError } from '../../../shared/ipc';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An https address, or plain http only on this machine: a bearer token never crosses a network in clear text. */
export function checkServerUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      `"${text.slice(0, 80)}" is not a web address. Enter the address your IMR organisation gave you, e.g. https://sync.example.org.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('INVALID_INPUT', 'The sync server address must start with https://.');
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new AppError(
      'INVALID_INPUT',
      'Use https:// for a sync server on another machine, so your sign-in and the records travel encrypted.',
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError(
      'INVALID_INPUT',
      'Enter only the server address (no user name, query or #fragment); the token goes in its own field.',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
