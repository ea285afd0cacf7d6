import type { Shell, WebContents } from 'electron';
import { externalUrlAllowed } from './externalUrlAllowed';
import { isAppUrl } from './windowOptions';

/** Electron checklist 11-15: no new windows, no navigation away from the app, no webviews, allow-listed openExternal. */
export function hardenContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (externalUrlAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
