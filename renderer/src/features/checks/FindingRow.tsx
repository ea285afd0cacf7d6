import type { CheckFindingData } from '../../../../shared/ipc';

interface Props {
  finding: CheckFindingData;
  acknowledged: boolean;
  locked: boolean;
  onJump: () => void;
  onAcknowledge: (acknowledged: boolean) => void;
}

/** One finding: its message is a link to the place it is about; a warning can be acknowledged. */
export function FindingRow({ finding, acknowledged, locked, onJump, onAcknowledge }: Props) {
  return (
    <li
      className={`finding finding-${finding.severity}${acknowledged ? ' finding-acknowledged' : ''}`}
      data-code={finding.code}
    >
      <span className="finding-mark" aria-hidden="true">
        {finding.severity === 'error' ? '✕' : acknowledged ? '✓' : '!'}
      </span>
      <button type="button" className="finding-link" onClick={onJump}>
        {finding.message}
      </button>
      {finding.severity === 'warning' && !locked && (
        <button
          type="button"
          className="tool-button finding-ack"
          aria-pressed={acknowledged}
          aria-label={acknowledged ? `Withdraw acknowledgment: ${finding.message}` : `Acknowledge: ${finding.message}`}
          onClick={() => onAcknowledge(!acknowledged)}
        >
          {acknowledged ? 'Acknowledged' : 'Acknowledge'}
        </button>
      )}
    </li>
  );
}
