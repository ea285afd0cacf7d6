/** Producer and creator of every letter PDF, and the organisation of every signing certificate. */
export const APP_NAME = 'IMR Reviewer Workstation';
