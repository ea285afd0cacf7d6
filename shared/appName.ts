/** Producer and creator of every letter PDF, and the organisation of every signing certificate. */
export const APP_NAME = 'IMR Reviewer Workstation';

export const APP_VERSION = '0.1.0';
