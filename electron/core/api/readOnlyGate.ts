import type { MethodName } from '../../../shared/ipc';
import type { CallGate } from './createRegistrar';

/** Methods that never write the workspace: all a back end opened read-only (another process holds it) answers. */
export const READ_ONLY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.doctor',
  'app.info',
  'audit.trail',
  'audit.verify',
  'cases.count',
  'cases.list',
  'records.documents',
  'records.documentsReviewed',
  'records.listHighlights',
  'records.matchTerms',
  'records.pageTexts',
  'records.search',
  'session.activity',
  'session.lock',
  'session.status',
  'session.unlock',
  'signing.trustedSigners',
  'sync.status',
]);

/** In front of another gate: a read-only back end refuses every method that could write, before anything runs. */
export function readOnlyGate(inner: CallGate): CallGate {
  return (method) =>
    READ_ONLY_METHODS.has(method)
      ? inner(method)
      : {
          code: 'WORKSPACE_IN_USE',
          message: `Another program holds this workspace, so it is open read-only here and ${method} cannot run. Do this in that program, or close it first.`,
        };
}
