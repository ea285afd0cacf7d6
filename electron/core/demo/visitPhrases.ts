export const VISIT_PHRASES = {
  sleep: [
    'Sleep is interrupted two to three times a night by pain.',
    'Sleep has improved somewhat with a regular bedtime routine.',
    'The patient sleeps about five hours a night because of discomfort.',
    'No change in sleep is reported since the last visit.',
  ],
  function: [
    'Activities of daily living are performed independently but slowly.',
    'The patient can sit for about 30 minutes and walk for about 20 minutes before needing to rest.',
    'Household chores are limited; family members help with lifting and shopping.',
    'The patient reports being able to do light housework and to drive short distances.',
    'Tolerance for standing has improved from 15 to 30 minutes with the home exercise program.',
  ],
  medicationResponse: [
    'Medications reduce pain by about 30 percent and allow light activity. No adverse effects are reported.',
    'Medications help at night; mild stomach upset is reported with the anti-inflammatory when taken without food.',
    'The patient takes medication as prescribed and reports no sedation.',
    'Medication benefit is partial and lasts about four hours per dose.',
  ],
  homeExercise: [
    'The patient continues the home exercise program three to four times a week.',
    'Stretching and walking are done daily as instructed.',
    'The home exercise program was reviewed and updated today.',
  ],
  plan: [
    'Continue current medications as prescribed.',
    'Continue the home exercise program and activity modification.',
    'Heat and ice as needed for flare-ups.',
    'Ergonomic recommendations were reviewed.',
    'The patient was counseled on weight management and activity pacing.',
  ],
  workStatus: [
    'Modified duty: no lifting over 20 pounds; change position every 30 minutes.',
    'Modified duty: no repetitive bending or overhead work.',
    'Temporarily totally disabled until the next visit.',
    'Return to usual and customary duties as tolerated.',
  ],
  followUp: [
    'Return in four weeks for re-evaluation.',
    'Follow-up in six weeks or sooner as needed.',
    'Re-evaluate in one month.',
  ],
} as const;

export const PR2_DECLARATION =
  'I declare under penalty of perjury that this report is true and correct to the best of my knowledge and that I have not violated Labor Code section 139.3.';
