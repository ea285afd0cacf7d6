import type { DisputedItem } from '../caseModel';
import { shortQuote } from './shortQuote';

export function itemLabel(item: DisputedItem): string {
  return shortQuote(item.requestedTreatment, 60);
}
