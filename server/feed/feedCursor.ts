export interface FeedCursor {
  epoch: string;
  seq: number;
}

/** A cursor is `<database epoch>.<last sequence seen>`; clients treat it as opaque text. */
export function encodeFeedCursor(cursor: FeedCursor): string {
  return `${cursor.epoch}.${cursor.seq}`;
}

export function decodeFeedCursor(text: string): FeedCursor | null {
  const match = /^([A-Za-z0-9_-]{1,32})\.(\d{1,15})$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { epoch: match[1], seq: Number(match[2]) };
}
