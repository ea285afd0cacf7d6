import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { FORMULARY_FROM } from './mtusEras';

type Rule = readonly [id: string, topic: string | null, reg: string | null];

/** MTUS Drug Formulary (8 CCR 9792.27.1-9792.27.23); domain reference 2.3.D, [V]. */
const rules: readonly Rule[] = [
  ['', null, '9792.27.1-9792.27.23'],
  ['definitions', 'Definitions', '9792.27.1'],
  [
    'applicability',
    'Applicability: drugs dispensed on or after January 1, 2018, and phase-in for earlier injuries',
    '9792.27.3',
  ],
  ['drug-list', 'MTUS Drug List: Exempt and Non-Exempt drugs', null],
  ['non-exempt', 'Non-Exempt drugs: authorization through prospective review', null],
  ['unlisted', 'Unlisted drugs', null],
  ['special-fill', 'Special fill', null],
  ['perioperative-fill', 'Perioperative fill', null],
  ['disputes', 'Formulary disputes: utilization review and independent medical review', '9792.27.17'],
  ['pt-committee', 'Pharmacy and Therapeutics (P&T) Committee', null],
];

export function drugFormularyEntries(): CatalogEntry[] {
  return rules.map(([id, topic, regSection]) =>
    catalogEntry({
      id: id ? `mtus-formulary-${id}` : 'mtus-formulary',
      family: 'mtus_formulary',
      guideline: 'Drug Formulary',
      topic,
      effectiveFrom: FORMULARY_FROM,
      effectiveTo: null,
      regSection,
      verified: true,
    }),
  );
}
