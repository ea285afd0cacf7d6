const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['low back', 'low back'],
  ['lower back', 'low back'],
  ['lumbar', 'low back'],
  ['lumbar spine', 'low back'],
  ['lumbosacral', 'low back'],
  ['lumbosacral spine', 'low back'],
  ['l-spine', 'low back'],
  ['back', 'low back'],
  ['neck', 'neck'],
  ['cervical', 'neck'],
  ['cervical spine', 'neck'],
  ['c-spine', 'neck'],
  ['neck and upper back', 'neck'],
  ['upper back', 'upper back'],
  ['thoracic', 'upper back'],
  ['thoracic spine', 'upper back'],
  ['mid back', 'upper back'],
  ['t-spine', 'upper back'],
  ['feet', 'foot'],
  ['ankle and foot', 'ankle'],
  ['forearm, wrist, and hand', 'wrist'],
  ['hand and wrist', 'wrist'],
  ['hand/wrist', 'wrist'],
  ['hip and groin', 'hip'],
  ['groin', 'hip'],
  ['pelvis', 'hip'],
]);

const LATERALITY = /(?:^|\s)(?:left|right|bilateral|both|l|r)(?=\s|$)/g;

/** One key per body region, so "Lumbar spine", "low back" and "L-spine" match. */
export function normalizeBodyPart(bodyPart: string): string {
  const plain = bodyPart.toLowerCase().replace(LATERALITY, ' ').replace(/\s+/g, ' ').trim();
  const mapped = SYNONYMS.get(plain);
  if (mapped !== undefined) return mapped;
  const singular = plain.length > 3 ? plain.replace(/(?<![siu])s$/, '') : plain;
  return SYNONYMS.get(singular) ?? singular;
}
