/** Treatment-stage text for the sample case's primary treating physician, by date of service. */
export const PTP_STAGES = [
  {
    until: '2009-05-31',
    diagnoses: ['Cervical sprain and strain', 'Left trapezius strain'],
    medications: ['Ibuprofen 800 mg three times daily', 'Cyclobenzaprine 10 mg at bedtime'],
    plans: [
      'Continue physical therapy twice a week, focusing on cervical stabilization and postural training.',
      'Physical therapy progress was reviewed; continue the current course.',
      'Begin a home exercise program with chin tucks and scapular retraction.',
    ],
  },
  {
    until: '2011-12-31',
    diagnoses: ['Chronic cervical strain', 'Cervical myofascial pain syndrome'],
    medications: ['Naproxen 550 mg twice daily', 'Tramadol 50 mg up to twice daily as needed'],
    plans: [
      'Continue the home exercise program; a trial of acupuncture was discussed.',
      'Medication refills were provided; the patient was reminded of the risks of long-term anti-inflammatory use.',
      'Ergonomic evaluation of the workstation is recommended.',
    ],
  },
  {
    until: '2013-09-30',
    diagnoses: ['Cervical spondylosis', 'Cervical disc disease C4-5 and C5-6', 'Cervical myofascial pain'],
    medications: ['Naproxen 550 mg twice daily', 'Omeprazole 20 mg daily', 'Gabapentin 300 mg at bedtime'],
    plans: [
      'Referral to pain management for medication review.',
      'Symptoms are gradually worse; an updated MRI of the cervical spine will be requested if there is no improvement.',
      'Continue medications and activity modification.',
    ],
  },
  {
    until: '2014-12-31',
    diagnoses: [
      'Multiple cervical spondylosis with possible instability',
      'C4-5 disc protrusion impressing on the anterior cord',
      'C5-6 disc disease',
      'C7 right-sided lateral disc protrusion',
    ],
    medications: ['Naproxen 550 mg twice daily', 'Omeprazole 20 mg daily', 'Gabapentin 300 mg at bedtime'],
    plans: [
      'The MRI findings were reviewed with the patient. Surgical options, including anterior cervical decompression, were discussed.',
      'The patient wishes to consider surgery. Pre-surgical work-up will be coordinated.',
      'Continue medication management and activity modification while surgical planning proceeds.',
    ],
  },
] as const;

export const THERAPY_PHRASES = {
  pt: {
    title: 'Physical Therapy Daily Note',
    provider: 'Reggie Stretchwell, PT',
    interventions: [
      'Therapeutic exercise: cervical retraction, deep neck flexor activation, scapular retraction with band, 25 minutes.',
      'Manual therapy: soft tissue mobilization to the upper trapezius and levator scapulae, 15 minutes.',
      'Neuromuscular re-education: postural training at a simulated workstation, 15 minutes.',
      'Moist heat to the cervical spine before exercise, 10 minutes.',
      'Cervical traction trial at 12 pounds, 10 minutes, with partial relief.',
    ],
    response: [
      'The patient tolerated treatment well with a mild increase in soreness afterwards.',
      'Pain decreased from 6/10 to 4/10 after the session.',
      'Cervical rotation improved by 10 degrees to each side compared with the initial evaluation.',
      'The patient reports better sitting tolerance at work.',
    ],
  },
  acupuncture: {
    title: 'Acupuncture Treatment Note',
    provider: 'Mei-Lin Needlecraft, LAc',
    interventions: [
      'Points used: GB20, GB21, LI4, SI3 and local ashi points; 30 minutes retention with electrical stimulation.',
      'Points used: BL10, GB20, TE5 and Jing Jia Ji points C4 to C6; 25 minutes retention.',
      'Cupping to the upper trapezius followed by needling of GB21 and SI14.',
    ],
    response: [
      'Neck pain decreased from 6/10 to 3/10 after treatment.',
      'The patient reports two days of relief after the previous session.',
      'Headaches are less frequent, about once a week.',
    ],
  },
} as const;

export const PAIN_MANAGEMENT_PHRASES = {
  provider: 'Simone Quillfeather, MD',
  findings: [
    'Tenderness over the left C5-6 and C6-7 facets. Pain on cervical extension and rotation to the left.',
    'Myofascial trigger points in the left upper trapezius. Cervical motion limited by pain.',
    'No new neurologic findings. Gait is normal.',
  ],
  plans: [
    'Continue gabapentin; reviewed the CURES report, which is consistent.',
    'Discussed cervical discography as part of the surgical evaluation.',
    'Medication agreement reviewed and signed. Urine drug screen obtained.',
    'Continue current regimen; follow-up in six weeks.',
  ],
} as const;
