import type { ArchivePolicy } from '../../../shared/ipc';
import type { Workspace } from '../workspace';
import { readArchivePolicy } from './archivePolicy';
import { archiveCutoff, findArchivableCases } from './findArchivableCases';

/** archive.policy: the policy, its cutoff now, and how many cases archiving would take out of the inbox. */
export function describeArchive(ws: Workspace): { policy: ArchivePolicy; eligible: number; cutoff: string } {
  const policy = readArchivePolicy(ws.db);
  const cutoff = archiveCutoff(ws.clock.now(), policy.retentionDays);
  return { policy, eligible: findArchivableCases(ws.db, cutoff).length, cutoff };
}
