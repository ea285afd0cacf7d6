export interface FeedCursor {
  epoch: string;
  seq: number;
  /** The compaction floor when the cursor was issued: a cursor below today's floor is still sound if no compaction ran since. */
  floor?: number;
}

/** A cursor is `<database epoch>.<last sequence seen>.<floor at issue>`; clients treat it as opaque text. */
export function encodeFeedCursor(cursor: FeedCursor): string {
  return cursor.floor === undefined ? `${cursor.epoch}.${cursor.seq}` : `${cursor.epoch}.${cursor.seq}.${cursor.floor}`;
}

export function decodeFeedCursor(text: string): FeedCursor | null {
  const match = /^([A-Za-z0-9_-]{1,32})\.(\d{1,15})(?:\.(\d{1,15}))?$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return match[3] === undefined
    ? { epoch: match[1], seq: Number(match[2]) }
    : { epoch: match[1], seq: Number(match[2]), floor: Number(match[3]) };
}
