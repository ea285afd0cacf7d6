import type { CatalogEntry } from '../../shared/citations/citation';
import { catalogEntry } from './catalogEntry';
import { MTUS_2009_FROM, MTUS_2009_TO } from './mtusEras';
import { slugify } from './slugify';

type Topic = readonly [topic: string, pages: string, bodyParts?: readonly string[]];

/** Chronic Pain Medical Treatment Guidelines (2009) topics and pages; domain reference 2.3.B(ii), pages [R]. */
const topics: readonly Topic[] = [
  ['Acetaminophen', '11-12'],
  ['Antidepressants for chronic pain', '13-16'],
  ['Anti-epilepsy drugs (AEDs)', '16-22'],
  ['Gabapentin', '18-19'],
  ['Pregabalin', '19-20'],
  ['Topiramate', '21'],
  ['Aquatic therapy', '22'],
  ['Behavioral interventions', '23'],
  ['Benzodiazepines', '24'],
  ['Biofeedback', '24-25'],
  ['Botulinum toxin', '25-26'],
  ['Buprenorphine', '26-27'],
  ['Capsaicin, topical', '28-29'],
  ['Carisoprodol (Soma)', '29'],
  ['Chronic pain programs (functional restoration programs)', '30-34'],
  ['Functional restoration programs (FRPs)', '49'],
  ['Cyclobenzaprine', '41-42'],
  ['Detoxification', '42'],
  ['Drug testing', '43'],
  ['Duragesic (fentanyl transdermal system)', '44'],
  ['Epidural steroid injections (ESIs)', '46', ['neck', 'low back']],
  ['Exercise', '46-47'],
  ['Functional improvement measures', '48'],
  ['Glucosamine', '50', ['knee']],
  ['Home health services', '51'],
  ['Ketamine', '56'],
  ['Lidoderm (lidocaine patch)', '56-57'],
  ['Manual therapy & manipulation', '58-60'],
  ['Massage therapy', '60'],
  ['Medications for chronic pain', '60'],
  ['Methadone', '61-62'],
  ['Muscle relaxants (for pain)', '63-66'],
  ['NSAIDs (non-steroidal anti-inflammatory drugs)', '67-73'],
  ['NSAIDs, GI symptoms & cardiovascular risk', '68-69'],
  ['NSAIDs, specific drug list & adverse effects', '70-73'],
  ['Opioids', '74-96'],
  ['Opioids, criteria for use', '76-80'],
  ['Opioids, on-going management', '78'],
  ['Opioids, when to discontinue', '79-80'],
  ['Opioids, when to continue', '80'],
  ['Opioids for chronic back pain', '80-81', ['low back']],
  ['Opioids for neuropathic pain', '82'],
  ['Opioids, dosing', '86'],
  ['Opioids, long-term assessment', '88-89'],
  ['Hydrocodone/Acetaminophen', '91'],
  ['Oxycodone', '92'],
  ['Tramadol', '93-94'],
  ['Opioids, steps to avoid misuse/addiction', '94-95'],
  ['Physical medicine', '98-99'],
  ['Psychological evaluations', '100-101', ['mental health']],
  ['Psychological treatment', '101-102', ['mental health']],
  ['Spinal cord stimulators (SCS)', '105-107', ['neck', 'low back']],
  ['Topical analgesics', '111-113'],
  ['Transcutaneous electrotherapy (TENS)', '114-116'],
  ['H-wave stimulation (HWT)', '117-118'],
  ['Interferential current stimulation (ICS)', '118-120'],
  ['Trigger point injections', '122'],
  ['Weaning of medications', '124'],
  ['Work conditioning, work hardening', '125'],
];

/** The 2.3.A example "Opioids, criteria for use Page(s): 76-80" is [V]; so is the guideline itself (paperzz copy). */
const verifiedIds = new Set(['mtus-cpmtg', 'mtus-cpmtg-opioids-criteria-for-use']);

export function cpmtgEntries(): CatalogEntry[] {
  const base = {
    family: 'mtus_cpmtg' as const,
    guideline: 'Chronic Pain Medical Treatment Guidelines',
    effectiveFrom: MTUS_2009_FROM,
    effectiveTo: MTUS_2009_TO,
    regSection: '9792.24.2',
  };
  return [
    catalogEntry({ ...base, id: 'mtus-cpmtg', verified: true }),
    ...topics.map(([topic, pages, bodyParts = []]) => {
      const id = `mtus-cpmtg-${slugify(topic)}`;
      return catalogEntry({ ...base, id, topic, pages, bodyParts: [...bodyParts], verified: verifiedIds.has(id) });
    }),
  ];
}
