/**
 * Enrolment: a one-time code from the admin command line with which a reviewer's app signs in and registers its
 * signing certificate, so the first upload is not refused for an unregistered certificate.
 */
export * from './createEnrolmentCode';
export * from './enrolReviewer';
