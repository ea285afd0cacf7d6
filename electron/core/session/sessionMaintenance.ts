/**
 * When the workspace database is checked (quick_check) and backed up daily:
 * - `at-open`: before the workspace opens, and the backup right after, on the back end's own connection;
 * - `background`: on a second connection in a worker thread while the workspace is already open, so a large
 *   workspace opens at once and stays responsive (the desktop app and the browser shell); damage found then puts
 *   the session into the restore state, as at open;
 * - `off`: neither (the command line, whose commands last a moment; the app does both at every start).
 */
export type SessionMaintenance = 'at-open' | 'background' | 'off';
