/**
 * HTTP helpers both the back end and the server use (Range header parsing).
 */
export * from './parseRangeHeader';
