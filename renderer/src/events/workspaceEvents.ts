/** Cross-pane messages inside one case workspace (viewer → editor, editor → viewer), without coupling the features. */
export interface QuoteRef {
  text: string;
  documentId: string;
  /** 1-based page number. */
  page: number;
  /** Selection rectangles in PDF user-space units on that page, if known. */
  rects?: { x: number; y: number; width: number; height: number }[];
}

export interface WorkspaceEventMap {
  /** The reviewer chose "Quote into rationale" in the viewer. */
  insertQuote: QuoteRef;
  /** Open a record at a page and highlight a phrase (quote click, search hit). */
  openRecordAt: { documentId: string; page: number; highlight?: string };
  /** The editor that last had focus (summary or an item's rationale) — where quotes and citations go. */
  activeEditorChanged: { target: 'summary' | { itemId: string } };
  /** Pages of a document were recorded as seen (review coverage changed). */
  pagesSeen: { documentId: string };
}

type Listener<K extends keyof WorkspaceEventMap> = (payload: WorkspaceEventMap[K]) => void;

const listeners = new Map<keyof WorkspaceEventMap, Set<Listener<keyof WorkspaceEventMap>>>();

export function emitWorkspaceEvent<K extends keyof WorkspaceEventMap>(type: K, payload: WorkspaceEventMap[K]): void {
  for (const listener of listeners.get(type) ?? []) (listener as Listener<K>)(payload);
}

export function onWorkspaceEvent<K extends keyof WorkspaceEventMap>(type: K, listener: Listener<K>): () => void {
  const set = listeners.get(type) ?? new Set();
  set.add(listener as Listener<keyof WorkspaceEventMap>);
  listeners.set(type, set);
  return () => set.delete(listener as Listener<keyof WorkspaceEventMap>);
}
