import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';

type Article = Pick<CatalogEntry, 'id' | 'topic' | 'authors' | 'journal' | 'year' | 'pmid' | 'doi' | 'bodyParts'>;

/**
 * Peer-reviewed literature seen in IMR letters (sample letter) and the domain reference (JOEM 2020 guidance statement);
 * bibliographic details come from PubMed/PMC pages, not from the domain reference, so none is marked verified.
 */
const articles: readonly Article[] = [
  {
    id: 'lit-pitkanen-2002-segmental-lumbar-instability',
    topic:
      'Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography',
    authors: 'Pitkänen MT, Manninen HI, Lindgren KA, et al.',
    journal: 'Clinical Radiology',
    year: 2002,
    pmid: null,
    doi: null,
    bodyParts: ['low back'],
  },
  {
    id: 'lit-fritz-2005-clinical-examination-lumbar-instability',
    topic: 'Accuracy of the Clinical Examination to Predict Radiographic Instability of the Lumbar Spine',
    authors: 'Fritz JM, et al.',
    journal: 'European Spine Journal',
    year: 2005,
    pmid: '16047211',
    doi: '10.1007/s00586-004-0803-4',
    bodyParts: ['low back'],
  },
  {
    id: 'lit-beazell-2010-lumbar-instability-concept',
    topic: 'Lumbar Instability: An Evolving and Challenging Concept',
    authors: 'Beazell JR, Mullins M, Grindstaff TL',
    journal: 'Journal of Manual & Manipulative Therapy',
    year: 2010,
    pmid: '21655418',
    doi: '10.1179/106698110X12595770849443',
    bodyParts: ['low back'],
  },
  {
    id: 'lit-acoem-2020-utilization-review',
    topic: "Utilization Review in Workers' Compensation",
    authors: 'ACOEM',
    journal: 'Journal of Occupational and Environmental Medicine',
    year: 2020,
    pmid: null,
    doi: null,
    bodyParts: [],
  },
];

export function literatureEntries(): CatalogEntry[] {
  return articles.map((article) =>
    catalogEntry({ ...article, family: 'literature', guideline: 'Peer-reviewed literature' }),
  );
}
