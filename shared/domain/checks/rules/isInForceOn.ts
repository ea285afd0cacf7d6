/** effectiveTo is the last day in force (inclusive); null bounds are open. ISO dates compare as strings. */
export function isInForceOn(effectiveFrom: string | null, effectiveTo: string | null, date: string): boolean {
  return (effectiveFrom === null || effectiveFrom <= date) && (effectiveTo === null || date <= effectiveTo);
}
