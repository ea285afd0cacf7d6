import type { Finalize } from './useFinalize';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Shown while the determination is signed and locked, or when the open draft supersedes a signed version. */
export function SignedBanner({ finalize }: { finalize: Finalize }) {
  const state = finalize.signing;
  const latest = state?.signed[0];
  if (!state || !latest) return null;
  if (!state.locked) {
    return (
      <div className="signed-banner draft-banner" role="status">
        Draft version {state.draftVersion}: it will supersede signed version {state.supersedesVersion ?? latest.version}{' '}
        (signed {when(latest.signedAt)}), which stays unchanged.
      </div>
    );
  }
  return (
    <div className="signed-banner" role="status" data-testid="signed-banner">
      <span>
        <strong>Signed on {when(latest.signedAt)}</strong> — version {latest.version}
        {latest.supersedesVersion !== null ? `, superseding version ${latest.supersedesVersion}` : ''}. The
        determination is locked.
      </span>
      <span className="muted small" title={latest.packageDir}>
        Letter SHA-256 {latest.letterSha256.slice(0, 12)}…
      </span>
      <button type="button" className="tool-button" onClick={() => finalize.setDialog('preview')}>
        View letter
      </button>
      <button type="button" className="tool-button" onClick={() => void finalize.newVersion()}>
        New version
      </button>
    </div>
  );
}
