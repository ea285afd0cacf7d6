/** The guideline line in the house wording: one "Decision based on <citation>." sentence per citation. */
export function decisionBasedOn(...citations: string[]): string {
  return citations.map((c) => `Decision based on ${c}.`).join(' ');
}

export const CITE = {
  lowBack: 'MTUS (ACOEM Practice Guidelines) Low Back Disorders guideline (2020)',
  cervical: 'MTUS (ACOEM Practice Guidelines) Cervical and Thoracic Spine Disorders guideline (2018)',
  hand: 'MTUS (ACOEM Practice Guidelines) Hand, Wrist, and Forearm Disorders guideline (2019)',
  shoulder: 'MTUS (ACOEM Practice Guidelines) Shoulder Disorders guideline (2016)',
  knee: 'MTUS (ACOEM Practice Guidelines) Knee Disorders guideline (2019)',
  chronicPain: 'MTUS (ACOEM Practice Guidelines) Chronic Pain guideline (2017)',
  opioids: 'MTUS (ACOEM Practice Guidelines) Opioids guideline (2017)',
  formulary: 'MTUS Drug Formulary, MTUS Drug List: Exempt and Non-Exempt drugs',
  postsurgical: 'MTUS Postsurgical Treatment Guidelines',
  acupuncture: 'MTUS Acupuncture Medical Treatment Guidelines',
  odg: 'Non-MTUS Citation Official Disability Guidelines (ODG)',
} as const;
