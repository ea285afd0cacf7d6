import { format } from 'date-fns';
import type { VersionHead } from '../../../../../shared/ipc';

const STATUS: Record<string, string> = {
  in_progress: 'in progress',
  ready_to_sign: 'ready to sign',
  signed: 'signed',
  uploaded: 'uploaded',
  withdrawn: 'withdrawn',
  assigned: 'assigned',
};

/** "Nov 24, 09:03 · Autosave" and the like, for the version list. */
export function describeVersion(v: VersionHead): { when: string; what: string } {
  const when = format(new Date(v.createdAt), 'MMM d, HH:mm:ss');
  switch (v.reason) {
    case 'interval':
      return { when, what: 'Autosaved while editing' };
    case 'status':
      return { when, what: `Case became ${STATUS[v.detail] ?? v.detail}` };
    case 'before-restore':
      return { when, what: `Draft kept before restoring version ${v.detail}` };
    case 'manual':
      return { when, what: 'Kept by you' };
  }
}
