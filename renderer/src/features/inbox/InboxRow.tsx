import { memo } from 'react';
import { isClosedStatus, type CaseSummary } from '../../../../shared/domain';
import { statusLabel } from './statusLabel';
import { dueInfo } from './dueLabel';

interface Props {
  summary: CaseSummary;
  index: number;
  today: string;
  selected: boolean;
  onSelect: (caseId: string) => void;
  onOpen: (caseId: string) => void;
  height: number;
}

/** One case in the inbox; memoized, so rows that stay on screen while the filter changes are not drawn again. */
export const InboxRow = memo(function InboxRow({
  summary: c,
  index,
  today,
  selected,
  onSelect,
  onOpen,
  height,
}: Props) {
  const select = () => onSelect(c.id);
  const open = () => onOpen(c.id);
  const due = dueInfo(c.dueDate, today);
  const done = isClosedStatus(c.status);
  return (
    <tr
      style={{ height }}
      tabIndex={selected ? 0 : -1}
      className={selected ? 'selected' : undefined}
      aria-selected={selected}
      aria-rowindex={index + 2}
      data-index={index}
      data-case-number={c.caseNumber}
      onFocus={select}
      onClick={select}
      onDoubleClick={open}
    >
      <td>
        <button type="button" className="case-link" onClick={open}>
          {c.caseNumber}
        </button>
      </td>
      <td>
        {c.priority === 'expedited' ? (
          <span className="badge badge-expedited">Expedited</span>
        ) : (
          <span className="muted">Standard</span>
        )}
      </td>
      <td>
        <div>{c.dueDate}</div>
        {!done && <div className={`due due-${due.tone}`}>{due.label}</div>}
      </td>
      <td>
        <div className="one-line">{c.claimantName}</div>
        <div className="muted small">
          {c.claimantAge} {c.claimantSex === 'female' ? 'F' : c.claimantSex === 'male' ? 'M' : ''} · DOI{' '}
          {c.dateOfInjury}
        </div>
      </td>
      <td>
        <div>
          {c.itemCount} item{c.itemCount === 1 ? '' : 's'}
        </div>
        <div className="muted small treatments" title={c.treatments.join('; ')}>
          {c.treatments.join('; ')}
        </div>
      </td>
      <td>
        <span className={`status status-${c.status}`}>{statusLabel(c.status)}</span>
        {c.itemCount > 0 && (
          <div className="muted small">
            {c.decidedCount}/{c.itemCount} decided
          </div>
        )}
      </td>
    </tr>
  );
});
