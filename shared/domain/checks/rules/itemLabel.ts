import type { DisputedItem } from '../..';
import { shortQuote } from '../text/shortQuote';

export function itemLabel(item: DisputedItem): string {
  return shortQuote(item.requestedTreatment, 60);
}
