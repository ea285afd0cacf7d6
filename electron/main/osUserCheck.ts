import type { SystemPreferences } from 'electron';

type TouchIdApi = Partial<Pick<SystemPreferences, 'canPromptTouchID' | 'promptTouchID'>>;

/**
 * The "OS check" for unlocking a keychain-held key: Touch ID where macOS offers it. Elsewhere the OS login that
 * opened the keychain is the check (see SECURITY.md); the lock screen then guards the screen, not the key.
 */
export function osUserCheck(prefs: TouchIdApi, platform: NodeJS.Platform = process.platform): () => Promise<boolean> {
  return async () => {
    if (platform !== 'darwin' || !prefs.canPromptTouchID?.() || !prefs.promptTouchID) return true;
    try {
      await prefs.promptTouchID('unlock the IMR Reviewer Workstation');
      return true;
    } catch {
      return false;
    }
  };
}
