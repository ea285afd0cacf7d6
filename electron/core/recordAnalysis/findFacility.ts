import type { FieldGuess } from './findProvider';

const ORGANISATION =
  /\b(?:clinic|center|centre|hospital|medical (?:group|center|associates|clinic|offices?)|associates|imaging|radiology|pharmacy|physical therapy|rehabilitation|rehab|orthopa?edics?|health(?:care)?|institute|surgery center|partners|group|laboratory|labs?|diagnostics?|neurodiagnostics|chiropractic|acupuncture|urgent care|practice|services|inc\.?|llc|p\.?c\.?|medical corporation)\b/i;
const ADDRESS = /\b\d{2,6} [A-Z][a-z]+ (?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Suite|Ste)\b/;

/**
 * Where an encounter took place: an organisation's name in the opening lines (a letterhead, or the part of a
 * "Name, MD - Clinic" line after the dash). Lines that read as sentences are not names.
 */
export function findFacility(opening: readonly string[]): FieldGuess {
  for (const [index, line] of opening.entries()) {
    for (const part of line.split(/\s+[-–|·]\s+/)) {
      const t = part.trim();
      if (t.length < 4 || t.length > 90 || !ORGANISATION.test(t)) continue;
      if (/[a-z]{3,}\. [A-Z]/.test(t) || /:\s*\S/.test(t) || /\b(?:patient|claimant|re|dear)\b/i.test(t)) continue;
      if (/\b(?:was|were|is|are|has|have|had|be|been|reviewed|of \d)/i.test(t) || /[a-z]{3,}\.$/.test(t)) continue;
      if (t.split(/\s+/).length > 9) continue;
      if (
        /\b(?:report|note|notes|evaluation|consultation|request|review|summary|profile|record|records|study)\b/i.test(t)
      )
        continue;
      return { value: t.replace(/[,;]+$/, ''), confidence: index <= 2 ? 0.75 : 0.55 };
    }
    if (ADDRESS.test(line) && index > 0) {
      const previous = opening[index - 1]?.trim() ?? '';
      if (previous.length >= 4 && previous.length <= 80 && !/\d/.test(previous))
        return { value: previous, confidence: 0.5 };
    }
  }
  return { value: '', confidence: 0 };
}
