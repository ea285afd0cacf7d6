import type { Encounter } from '../../shared/ipc';
import type { CliCommand } from './cliCommand';
import { findCaseId } from './findCaseId';

const pages = (e: { startPage: number; endPage: number }) =>
  e.startPage === e.endPage ? `p. ${e.startPage}` : `pp. ${e.startPage}-${e.endPage}`;
const percent = (n: number) => `${Math.round(n * 100)}%`;

function encounterLine(e: Encounter): string {
  const date = e.serviceDate ?? 'no date   ';
  const sure = Math.min(e.dateConfidence, e.typeConfidence) >= 0.7 ? ' ' : '?';
  const copies =
    e.copies.length > 0 ? `  (also at ${e.copies.map((c) => `${c.documentTitle} ${pages(c)}`).join(', ')})` : '';
  return `${date}${sure} ${e.docType.padEnd(15)} ${(e.provider || '-').padEnd(28)} ${e.documentTitle} ${pages(e)}${copies}\n             ${e.extract}`;
}

export const CHRONOLOGY_COMMANDS: CliCommand[] = [
  {
    name: 'chronology',
    usage: 'chronology <caseNumber> [--json]',
    summary: "The case's encounters newest first (date, type, provider, pages, extract); analyzes the case first",
    async run({ invoke, args, json }) {
      const caseId = await findCaseId(invoke, args[0], 'chronology <caseNumber> [--json]');
      await invoke('chronology.analyze', { caseId });
      const { encounters, markers, analysis } = await invoke('chronology.list', { caseId });
      const shown = encounters
        .filter((e) => e.duplicateOf === null)
        .sort((a, b) => (b.serviceDate ?? '').localeCompare(a.serviceDate ?? ''));
      if (json) {
        console.log(JSON.stringify({ markers, analysis, encounters: shown }, null, 2));
        return 0;
      }
      console.log(
        `${shown.length} encounters in ${analysis.pages} pages (${encounters.length - shown.length} copies folded). Injury ${markers.dateOfInjury}, RFA ${markers.rfaDate ?? 'not found'}, UR ${markers.urDecisionDate}.`,
      );
      for (const e of shown) console.log(encounterLine(e));
      if (!analysis.complete) console.log('The duplicate search stopped at its time limit; some copies may be listed.');
      return 0;
    },
  },
  {
    name: 'duplicates',
    usage: 'duplicates <caseNumber> [--json]',
    summary: 'Groups of duplicate pages in a case, each under its principal page, with similarities',
    async run({ invoke, args, json }) {
      const caseId = await findCaseId(invoke, args[0], 'duplicates <caseNumber> [--json]');
      await invoke('chronology.analyze', { caseId });
      const { threshold, groups } = await invoke('duplicates.list', { caseId });
      if (json) {
        console.log(JSON.stringify({ threshold, groups }, null, 2));
        return 0;
      }
      console.log(`${groups.length} duplicate group(s) at ${percent(threshold)} similarity.`);
      for (const g of groups) {
        console.log(
          `${g.principal.documentTitle} p. ${g.principal.page}${g.principal.serviceDate ? ` (${g.principal.serviceDate})` : ''}`,
        );
        for (const m of g.members.slice(1))
          console.log(`  ${percent(m.similarity).padStart(4)} ${m.method.padEnd(5)} ${m.documentTitle} p. ${m.page}`);
      }
      return 0;
    },
  },
];
