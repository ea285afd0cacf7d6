import type { DisputedItem } from '../../caseModel';
import { shortQuote } from '../text/shortQuote';

export function itemLabel(item: DisputedItem): string {
  return shortQuote(item.requestedTreatment, 60);
}
