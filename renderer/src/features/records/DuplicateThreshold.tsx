import { useEffect, useState } from 'react';
import { call } from '../../api';
import { ErrorBanner, useLatestReply } from '../../components';
import { errorMessage } from '../../../../shared/errorMessage';

const STEPS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];

/** The case's duplicate threshold: pages at least this alike to a group's principal page are folded into it. */
export function DuplicateThreshold({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const [state, setState] = useState<{ threshold: number; groups: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reply = useLatestReply();
  useEffect(() => {
    void reply.track(
      call('duplicates.list', { caseId }),
      (r) => setState({ threshold: r.threshold, groups: r.groups.length }),
      (e) => setError(errorMessage(e)),
    );
    return reply.drop;
  }, [caseId, reply]);
  if (error) return <ErrorBanner message={error} />;
  if (!state) return null;
  const change = (threshold: number) =>
    call('duplicates.setThreshold', { caseId, threshold })
      .then((r) => {
        setState(r);
        onChanged();
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  return (
    <div className="duplicate-threshold small">
      <label>
        Duplicates: pages at least{' '}
        <select
          aria-label="Duplicate threshold"
          value={state.threshold}
          onChange={(e) => void change(Number(e.target.value))}
        >
          {STEPS.map((s) => (
            <option key={s} value={s}>
              {Math.round(s * 100)}%
            </option>
          ))}
        </select>{' '}
        alike
      </label>
      <span className="muted">
        {' '}
        · {state.groups} group{state.groups === 1 ? '' : 's'}
      </span>
    </div>
  );
}
