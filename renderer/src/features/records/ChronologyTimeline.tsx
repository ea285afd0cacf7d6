import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ChronologyMarkers, Encounter } from '../../../../shared/ipc';
import { formatShortDate } from './filterEncounters';

interface Props {
  encounters: readonly Encounter[];
  markers: ChronologyMarkers;
  /** The dates the filter keeps, shaded (either end may be open). */
  range: { from: string; to: string };
}

/**
 * The case on one line: a tick per dated encounter, the date of injury, the RFA and the UR decision marked, and the
 * filtered dates shaded, so the records that matter to the dispute stand out.
 */
export function ChronologyTimeline({ encounters, markers, range }: Props) {
  const dates = encounters.flatMap((e) => (e.serviceDate ? [e.serviceDate] : []));
  const keyDates = [markers.dateOfInjury, markers.rfaDate, markers.urDecisionDate].filter((d): d is string =>
    Boolean(d),
  );
  const all = [...dates, ...keyDates].sort();
  const start = all[0];
  const end = all[all.length - 1];
  if (!start || !end || start === end) return null;
  const span = Math.max(1, differenceInCalendarDays(parseISO(end), parseISO(start)));
  const at = (iso: string) => `${(differenceInCalendarDays(parseISO(iso), parseISO(start)) / span) * 100}%`;
  const shaded = range.from || range.to ? { from: range.from || start, to: range.to || end } : null;
  const marks = [
    { date: markers.dateOfInjury, label: 'Injury', kind: 'injury' },
    { date: markers.rfaDate, label: 'RFA', kind: 'rfa' },
    { date: markers.urDecisionDate, label: 'UR', kind: 'ur' },
  ].filter((m): m is { date: string; label: string; kind: string } => Boolean(m.date));
  // Labels read towards the middle so the ones near either end stay inside the pane.
  const side = (iso: string) =>
    differenceInCalendarDays(parseISO(iso), parseISO(start)) / span > 0.55 ? 'label-left' : 'label-right';
  return (
    <figure className="timeline" aria-label="Timeline of the encounters">
      <div className="timeline-track">
        {shaded && (
          <span
            className="timeline-window"
            style={{
              left: at(shaded.from < start ? start : shaded.from),
              right: `calc(100% - ${at(shaded.to > end ? end : shaded.to)})`,
            }}
          />
        )}
        {dates.map((d, i) => (
          <span key={`${d}-${i}`} className="timeline-tick" style={{ left: at(d) }} />
        ))}
        {marks.map((m) => (
          <span
            key={m.kind}
            className={`timeline-marker timeline-${m.kind} ${side(m.date)}`}
            style={{ left: at(m.date) }}
            title={`${m.label} ${formatShortDate(m.date)}`}
          >
            <span className="timeline-label">
              {m.label} {formatShortDate(m.date)}
            </span>
          </span>
        ))}
      </div>
      <figcaption className="timeline-ends small muted">
        <span>{formatShortDate(start)}</span>
        <span>{formatShortDate(end)}</span>
      </figcaption>
    </figure>
  );
}
