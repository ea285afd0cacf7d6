/**
 * The reviewer profile dialog.
 */
export * from './ProfileDialog';
