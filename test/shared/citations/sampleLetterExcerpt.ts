/** The guideline lines of /work/shared/docs/sample-final-determination-letter.txt, verbatim with its line breaks. */
export const sampleLetterExcerpt = `MRI Cervical:  Upheld 

 

Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 8 Neck and 

Upper Back Complaints Page(s): 177-178.   

 

MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back 

Complaints Page(s): 179-180.  Decision based on Non-MTUS Citation Official Disability 

Guidelines (ODG) Neck and Upper Back Chapter-MRI. 

 

Decision rationale: California MTUS supports imaging studies with red flag conditions; …

Cervical extension and flexion X-Ray:  Overturned 

 

Claims Administrator guideline: The Claims Administrator did not base their decision on the 

MTUS.  Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), 

Integrated Treatment/ Disability Duration Guidelines, Neck and Upper Back (Acute & Chronic). 

 

MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints 

Page(s): 303-304.  Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) 

Low Back ChapterOther Medical Treatment Guideline or Medical Evidence: Peer-reviewed 

literature (Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be 

Predicted by Conventional Radiography). 

 

Decision rationale: California MTUS does not address this issue. …
`;

export interface SampleGuidelineLines {
  claimsAdministrator: string;
  reviewer: string;
}

/** Each disputed item's two guideline lines, whitespace collapsed. */
export function sampleGuidelineLines(): SampleGuidelineLines[] {
  const blocks = [
    ...sampleLetterExcerpt.matchAll(
      /Claims Administrator guideline:([\s\S]*?)MAXIMUS guideline:([\s\S]*?)Decision rationale:/g,
    ),
  ];
  return blocks.map((m) => ({
    claimsAdministrator: normalizeWhitespace(m[1] ?? ''),
    reviewer: normalizeWhitespace(m[2] ?? ''),
  }));
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
