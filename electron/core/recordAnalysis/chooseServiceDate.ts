import type { PageFacts } from './describePage';
import type { DateMention, DateRole } from './findDates';

export interface ChosenDate {
  iso: string | null;
  confidence: number;
  notes: string[];
}

type Mention = DateMention & { furniture: boolean; page: number };

/**
 * The date of service of one encounter, by the strength of what labels it: a "date of service" on its first page,
 * then a document date there, a date of service further on, the signature date, a date among its opening lines,
 * and last the date it mentions most. Dates of injury or birth, fax and print stamps, ranges and dates after
 * `latestDate` never count; dates on running headers count only when nothing else is dated.
 */
export function chooseServiceDate(group: readonly PageFacts[], latestDate: string): ChosenDate {
  const first = group[0];
  if (!first) return { iso: null, confidence: 0, notes: [] };
  const all: Mention[] = group.flatMap((f) => f.dates.map((d) => ({ ...d, page: f.page })));
  const future = all.filter((d) => d.iso > latestDate);
  const usable = all.filter((d) => d.iso <= latestDate);
  const own = usable.filter((d) => !d.furniture);
  const onFirst = own.filter((d) => d.page === first.page);
  const opening = first.opening.length;
  const openingLimit = first.layout.lines.indexOf(first.opening[opening - 1] ?? '') + 1 || 12;
  const notes: string[] = [];
  if (future.length > 0 && usable.length === 0)
    notes.push(`The only date found (${future[0]?.text}) is after the record arrived.`);

  const pick = (candidates: readonly Mention[], confidence: number, why?: string): ChosenDate | null => {
    if (candidates.length === 0) return null;
    const distinct = [...new Set(candidates.map((c) => c.iso))];
    const chosen = candidates[0] as Mention;
    if (distinct.length > 1) {
      notes.push(`Several dates are labelled alike (${distinct.slice(0, 3).join(', ')}); the first is used.`);
      return { iso: chosen.iso, confidence: confidence * 0.7, notes };
    }
    if (why) notes.push(why);
    return { iso: chosen.iso, confidence, notes };
  };
  const withRole = (list: readonly Mention[], ...roles: DateRole[]) => list.filter((d) => roles.includes(d.role));

  return (
    pick(withRole(onFirst, 'service'), 0.95) ??
    pick(
      withRole(onFirst, 'document').filter((d) => d.line < openingLimit + 4),
      0.85,
    ) ??
    pick(withRole(own, 'service'), 0.8) ??
    pick(withRole(own, 'document'), 0.7, 'Dated by the date the document carries, not a date of service.') ??
    pick(earliestFirst(withRole(own, 'signature')), 0.65, 'Dated by its signature; the visit may be earlier.') ??
    pick(
      withRole(onFirst, 'plain').filter((d) => d.line < openingLimit),
      0.55,
      'Dated by a date near its top that no label explains.',
    ) ??
    pick(mostMentioned(withRole(own, 'plain')), 0.35, 'Dated by the date it mentions most; check it.') ??
    pick(
      withRole(
        usable.filter((d) => d.furniture),
        'service',
        'document',
        'signature',
      ),
      0.4,
      'Dated by its running header.',
    ) ?? { iso: null, confidence: 0, notes: [...notes, 'No date of service found.'] }
  );
}

function earliestFirst(list: readonly Mention[]): Mention[] {
  return [...list].sort((a, b) => a.iso.localeCompare(b.iso));
}

function mostMentioned(list: readonly Mention[]): Mention[] {
  if (list.length === 0) return [];
  const counts = new Map<string, number>();
  for (const d of list) counts.set(d.iso, (counts.get(d.iso) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return list.filter((d) => d.iso === best).slice(0, 1);
}
