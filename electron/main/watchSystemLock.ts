import type { PowerMonitor } from 'electron';
import type { Session } from '../core/session';

/** Sleep or a locked screen asks the window to save and lock; the session locks by itself if the window does not. */
export function watchSystemLock(powerMonitor: Pick<PowerMonitor, 'on'>, session: Pick<Session, 'requestLock'>): void {
  powerMonitor.on('suspend', () => session.requestLock());
  powerMonitor.on('lock-screen', () => session.requestLock());
}
