/**
 * Listing and revoking what lets a reviewer in (tokens) and what the server trusts their uploads by (certificates).
 */
export * from './listCredentials';
export * from './revokeCredential';
