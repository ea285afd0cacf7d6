import type { DemoItemSpec } from './demoCaseSpec';

/** The two disputed items of the sample Final Determination Letter, with the UR reasons it summarizes. */
export const SAMPLE_ITEMS: readonly DemoItemSpec[] = [
  {
    requestedTreatment: 'MRI Cervical',
    urDecision: 'denied',
    caGuideline: 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
    rationale: 'Repeat MRI to evaluate the cord before surgical planning.',
    urReasons:
      "Regarding the repeat cervical MRI, there is no current objective documentation of radicular pain. There are no documented positive neurologic exam findings consistent with nerve compromise, such as significant deficits in dermatomal sensation, reflexes, or muscle strength. In addition, there is insufficient documentation of acute changes in the patient's condition since the last cervical MRI dated 1/15/14.",
  },
  {
    requestedTreatment: 'Cervical extension and flexion X-Ray',
    urDecision: 'denied',
    caGuideline:
      'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Integrated Treatment/ Disability Duration Guidelines, Neck and Upper Back (Acute & Chronic).',
    rationale: 'Flexion and extension views to evaluate possible instability before surgery.',
    urReasons:
      'Regarding cervical flexion and extension x-ray, guidelines only recommend this study for patients who have cervical tenderness, have lost consciousness, have impaired sensorium, or to evaluate the status of fusion. There is not sufficient documentation of objective deficits to warrant authorization of these x-rays.',
  },
];
