/** MTUS effective dates (domain reference 2.1): the 2009 schedule, its Dec 1 2017 rewrite, and the Drug Formulary. */
export const MTUS_2009_FROM = '2009-07-18';
export const MTUS_2009_TO = '2017-11-30';
export const MTUS_2017_FROM = '2017-12-01';
export const FORMULARY_FROM = '2018-01-01';
