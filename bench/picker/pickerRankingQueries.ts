/**
 * What reviewers type into the picker, with the entry they mean: the ranking-quality set of the picker benchmark.
 * Each query is read on its case's UR date (the 2009 MTUS until Nov 2017, the ACOEM-based MTUS after).
 */
export interface RankingQuery {
  query: string;
  expected: string;
  urDecisionDate: string;
}

const OLD = '2014-04-03';
const NEW = '2019-06-15';

const q = (query: string, expected: string, urDecisionDate = OLD): RankingQuery => ({
  query,
  expected,
  urDecisionDate,
});

export const pickerRankingQueries: readonly RankingQuery[] = [
  q('neck mri', 'mtus-acoem-2004-ch8-p179-180'),
  q('cervical mri', 'mtus-acoem-2004-ch8-p179-180'),
  q('cervical imaging', 'mtus-acoem-2004-ch8-p179-180'),
  q('mri c-spine', 'mtus-acoem-2004-ch8-p179-180'),
  q('neck red flags special studies', 'mtus-acoem-2004-ch8-p177-178'),
  q('flexion extension x-ray', 'mtus-acoem-2004-ch12-p303-304'),
  q('lumbar mri', 'mtus-acoem-2004-ch12-p303-304'),
  q('low back mri', 'mtus-acoem-2004-ch12-p303-304'),
  q('lumbar emg', 'mtus-acoem-2004-ch12-p303-304'),
  q('lumbar fusion surgery', 'mtus-acoem-2004-ch12-p305-307'),
  q('discectomy', 'mtus-acoem-2004-ch12-p305-307'),
  q('lumbar support brace', 'mtus-acoem-2004-ch12-p298-301'),
  q('shoulder mri', 'mtus-acoem-2004-ch9-p207-209'),
  q('rotator cuff repair', 'mtus-acoem-2004-ch9-p209-211'),
  q('shoulder injection', 'mtus-acoem-2004-ch9-p203-204'),
  q('knee mri', 'mtus-acoem-2004-ch13-p341-343'),
  q('meniscectomy', 'mtus-acoem-2004-ch13-p344-345'),
  q('knee injection', 'mtus-acoem-2004-ch13-p339'),
  q('carpal tunnel release', 'mtus-acoem-2004-ch11-p270'),
  q('wrist splint', 'mtus-acoem-2004-ch11-p264-265'),
  q('emg ncs upper extremity wrist', 'mtus-acoem-2004-ch11-p268-269'),
  q('orthotics', 'mtus-acoem-2004-ch14-p371-372'),
  q('functional capacity evaluation', 'mtus-acoem-2004-ch7-p137-138'),
  q('acoem chapter 8', 'mtus-acoem-2004-ch8'),
  q('opioids long term', 'mtus-cpmtg-opioids-long-term-assessment'),
  q('opioids criteria for use', 'mtus-cpmtg-opioids-criteria-for-use'),
  q('opioid ongoing management', 'mtus-cpmtg-opioids-on-going-management'),
  q('when to discontinue opioids', 'mtus-cpmtg-opioids-when-to-discontinue'),
  q('norco', 'mtus-cpmtg-hydrocodone-acetaminophen'),
  q('tramadol', 'mtus-cpmtg-tramadol'),
  q('oxycodone', 'mtus-cpmtg-oxycodone'),
  q('cyclobenzaprine', 'mtus-cpmtg-cyclobenzaprine'),
  q('soma', 'mtus-cpmtg-carisoprodol-soma'),
  q('muscle relaxants', 'mtus-cpmtg-muscle-relaxants-for-pain'),
  q('gabapentin', 'mtus-cpmtg-gabapentin'),
  q('lyrica', 'mtus-cpmtg-pregabalin'),
  q('topical compound cream', 'mtus-cpmtg-topical-analgesics'),
  q('lidoderm patch', 'mtus-cpmtg-lidoderm-lidocaine-patch'),
  q('omeprazole nsaid gi risk', 'mtus-cpmtg-nsaids-gi-symptoms-and-cardiovascular-risk'),
  q('urine drug screen', 'mtus-cpmtg-drug-testing'),
  q('functional restoration program', 'mtus-cpmtg-chronic-pain-programs-functional-restoration-programs'),
  q('physical therapy', 'mtus-cpmtg-physical-medicine'),
  q('chiropractic manipulation', 'mtus-cpmtg-manual-therapy-and-manipulation'),
  q('tens unit', 'mtus-cpmtg-transcutaneous-electrotherapy-tens'),
  q('h-wave', 'mtus-cpmtg-h-wave-stimulation-hwt'),
  q('home health', 'mtus-cpmtg-home-health-services'),
  q('trigger point injections', 'mtus-cpmtg-trigger-point-injections'),
  q('spinal cord stimulator', 'mtus-cpmtg-spinal-cord-stimulators-scs'),
  q('psychological evaluation', 'mtus-cpmtg-psychological-evaluations'),
  q('aquatic therapy', 'mtus-cpmtg-aquatic-therapy'),
  q('postsurgical knee arthroplasty', 'mtus-postsurgical-knee-arthroplasty'),
  q('post op therapy rotator cuff', 'mtus-postsurgical-shoulder-rotator-cuff-repair-impingement-syndrome'),
  q('acupuncture frequency', 'mtus-acupuncture-frequency-duration'),
  q('lumbar mri', 'mtus-acoem-low-back-2016-02-24-mri', NEW),
  q('knee mri', 'mtus-acoem-knee-2015-10-28-mri', NEW),
  q('total knee arthroplasty', 'mtus-acoem-knee-2015-10-28-total-knee-arthroplasty', NEW),
  q('lumbar epidural injection', 'mtus-acoem-low-back-2016-02-24-epidural-glucocorticosteroid-injections', NEW),
  q('shoulder subacromial decompression', 'mtus-acoem-shoulder-2016-08-01-subacromial-decompression', NEW),
  q('odg neck mri', 'odg-neck-and-upper-back-mri'),
  q('odg low back flexion extension', 'odg-low-back-flexion-extension-imaging-studies'),
  q('odg gym membership', 'odg-low-back-gym-memberships'),
  q('odg knee brace', 'odg-knee-and-leg-knee-brace'),
];

/** Mean reciprocal rank: 1 when the expected entry comes first, 1/2 second, 0 when it is not in the list. */
export function meanReciprocalRank(ranks: readonly (number | null)[]): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / ranks.length;
}
