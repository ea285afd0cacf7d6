import type { CheckFindingData } from '../../../../shared/ipc';
import { FindingRow } from './FindingRow';
import type { CaseChecks } from './useCaseChecks';
import './checks.css';

interface Props {
  checks: CaseChecks;
  open: boolean;
  onToggle: () => void;
  onJump: (finding: CheckFindingData) => void;
}

const GROUPS = [
  { severity: 'error', title: 'Must be fixed before signing' },
  { severity: 'warning', title: 'Warnings: fix, or acknowledge to sign anyway' },
] as const;

/** The pre-sign checks under the panes: grouped by severity, each finding a link to its place. */
export function ChecksDrawer({ checks, open, onToggle, onJump }: Props) {
  const { run, error } = checks;
  const acknowledged = new Set(run?.acknowledgedKeys ?? []);
  const errors = run?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = run?.findings.filter((f) => f.severity === 'warning' && !acknowledged.has(f.key)).length ?? 0;
  const summary =
    run === null
      ? 'Checking…'
      : run.locked
        ? 'Signed and locked'
        : errors + warnings === 0
          ? 'All checks pass'
          : [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'open warning') : '']
              .filter(Boolean)
              .join(' · ');
  const firstBlocker = run?.findings.find((f) => run.blockerKeys.includes(f.key)) ?? null;
  return (
    <section className={`checks-drawer${open ? ' open' : ''}`} aria-label="Pre-sign checks">
      <div className="checks-header">
        <button
          type="button"
          className="checks-toggle"
          aria-expanded={open}
          aria-controls="checks-body"
          onClick={onToggle}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Pre-sign checks
          <span
            className={`checks-summary ${errors > 0 ? 'has-errors' : warnings > 0 ? 'has-warnings' : run === null ? '' : 'all-clear'}`}
            role="status"
            aria-live="polite"
          >
            {summary}
          </span>
        </button>
        {!open && firstBlocker && (
          <button
            type="button"
            className="checks-first-blocker"
            title={firstBlocker.message}
            onClick={() => onJump(firstBlocker)}
          >
            <span className="muted">First: </span>
            {firstBlocker.message}
          </button>
        )}
      </div>
      {open && (
        <div className="checks-body" id="checks-body">
          {error && <p className="form-error">{error}</p>}
          {run && run.findings.length === 0 && (
            <p className="muted">
              {run.locked
                ? 'This determination is signed. Start a new version to change it; the checks run again on the new draft.'
                : 'Nothing stops signing: every item is decided, cited and concluded, and every document is reviewed.'}
            </p>
          )}
          {run &&
            GROUPS.map((group) => {
              const findings = run.findings.filter((f) => f.severity === group.severity);
              if (findings.length === 0) return null;
              return (
                <div key={group.severity} className="finding-group">
                  <h3>
                    {group.title} ({findings.length})
                  </h3>
                  <ul>
                    {findings.map((f) => (
                      <FindingRow
                        key={f.key}
                        finding={f}
                        acknowledged={acknowledged.has(f.key)}
                        locked={run.locked}
                        onJump={() => onJump(f)}
                        onAcknowledge={(ack) => void checks.acknowledge(f.key, ack)}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
        </div>
      )}
    </section>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
