/**
 * Background work (feed compaction, expired credentials) on exactly one instance at a time: a PostgreSQL advisory
 * lock held by a dedicated connection picks the leader, and another instance takes over when it dies.
 */
export * from './createPostgresLeadership';
export * from './leadership';
export * from './runBackgroundWork';
export * from './startBackgroundWorker';
