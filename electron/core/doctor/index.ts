/**
 * doctor: reports the workspace's health in words (permissions, key protection, key files, audit chain and anchor,
 * orphaned files) and repairs what is safe to repair.
 */
export * from './findOrphanedFiles';
export * from './runDoctor';
