/** The reviewer's guideline line as the letter will print it, MTUS first, from the item's citation list. */
export function GuidelineLine({ line, itemId, label }: { line: string; itemId: string; label: string }) {
  return (
    <p className="guideline-line" data-testid={`guideline-line-${itemId}`} aria-live="polite">
      <span className="guideline-line-label">{label}:</span>{' '}
      {line ? (
        line
      ) : (
        <span className="muted">No citation yet. Add a guideline above, or type [[ in the rationale.</span>
      )}
    </p>
  );
}
