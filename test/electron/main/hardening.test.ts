import { describe, expect, it, vi } from 'vitest';
import { denyPermissions } from '../../../electron/main/denyPermissions';
import { externalUrlAllowed } from '../../../electron/main/externalUrlAllowed';
import { hardenContents } from '../../../electron/main/hardenContents';
import { APP_ORIGIN, isAppUrl, mainWindowOptions } from '../../../electron/main/windowOptions';
import { SHELL_CSP } from '../../../electron/shell/shellSecurity';

vi.mock('electron', () => ({}));

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
    on: (name: string, l: Listener) => void listeners.set(name, l),
  };
  const fire = (name: string, url: string) => {
    const event = {
      prevented: false,
      preventDefault() {
        event.prevented = true;
      },
    };
    listeners.get(name)?.(event, url);
    return event.prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('electron main hardening', () => {
  it('isolates, sandboxes and strips Node from the renderer in the window options', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('denies every new window and opens only allow-listed https links outside the app', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open } = fakeContents();
    hardenContents(contents as never, { openExternal });
    for (const url of [
      'https://www.dir.ca.gov/t8/9792_24_2.html',
      'https://evil.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `${APP_ORIGIN}/index.html`,
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.dir.ca.gov/t8/9792_24_2.html']]);
  });

  it('blocks navigation and redirects away from app:// and every webview', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents as never, { openExternal: vi.fn() });
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://workstation.evil/')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fire('will-navigate', `${APP_ORIGIN}/index.html#/case/1`)).toBe(false);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('allows only https to the guideline and literature hosts, without credentials or odd ports', () => {
    expect(
      [
        'https://www.dir.ca.gov/dwc/MTUS.html',
        'https://pubmed.ncbi.nlm.nih.gov/123/',
        'https://doi.org/10.1000/x',
      ].every(externalUrlAllowed),
    ).toBe(true);
    const refused = [
      'http://www.dir.ca.gov/',
      'https://www.dir.ca.gov.evil.example/',
      'https://user:pw@www.dir.ca.gov/',
      'https://www.dir.ca.gov:8443/',
      'mailto:a@b.c',
      'smb://dir.ca.gov/x',
      'not a url',
      'https://evil.example/?https://doi.org',
    ];
    expect(refused.filter(externalUrlAllowed)).toEqual([]);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(APP_ORIGIN)).toBe(true);
    for (const url of [
      'app://workstation.evil/',
      'app://workstationx/',
      'https://workstation/',
      '',
      'app://workstation@evil/',
    ])
      expect(isAppUrl(url)).toBe(false);
  });

  it('denies permission requests, permission checks and device access', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h: typeof request) => void (request = h),
      setPermissionCheckHandler: (h: typeof check) => void (check = h),
      setDevicePermissionHandler: (h: typeof device) => void (device = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });

  it('allows scripts only from the app itself in the content security policy', () => {
    const directives = new Map(
      SHELL_CSP.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(SHELL_CSP).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')?.join(' ')).not.toMatch(/unsafe-inline/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
