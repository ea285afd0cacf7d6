export interface PageKey {
  documentId: string;
  page: number;
}

export interface SimilarityEdge {
  a: PageKey;
  b: PageKey;
  similarity: number;
  method: 'exact' | 'text' | 'image';
  /** How much text each side holds; the fuller copy leads its group. */
  weightA: number;
  weightB: number;
}

export interface DuplicateMember extends PageKey {
  /** Similarity to the group's principal page (1 for the principal itself). */
  similarity: number;
  method: SimilarityEdge['method'];
}

export interface DuplicateGroup {
  principal: PageKey;
  /** Every page of the group, the principal first. */
  members: DuplicateMember[];
}

export const keyOf = (p: PageKey): string => `${p.documentId}\u0000${p.page}`;
export const pairKey = (a: PageKey, b: PageKey): string =>
  keyOf(a) < keyOf(b) ? `${keyOf(a)}\u0001${keyOf(b)}` : `${keyOf(b)}\u0001${keyOf(a)}`;

/**
 * Duplicate groups at a threshold, the way e-discovery groups near-duplicates: the fullest page not yet grouped
 * (ties go to the earlier document, then the earlier page) becomes a principal, and every ungrouped page at least
 * `threshold` alike to it joins its group. Members are compared with the principal, not with each other, so a
 * chain of small differences never pulls unlike pages together. Pairs the reviewer marked distinct never join.
 */
export function groupDuplicates(
  edges: readonly SimilarityEdge[],
  threshold: number,
  distinct: ReadonlySet<string>,
  documentOrder: ReadonlyMap<string, number>,
): DuplicateGroup[] {
  const pages = new Map<string, { page: PageKey; weight: number }>();
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(k, root);
    return root;
  };
  const kept = edges.filter((e) => e.similarity >= threshold && !distinct.has(pairKey(e.a, e.b)));
  for (const e of kept) {
    for (const [page, weight] of [
      [e.a, e.weightA],
      [e.b, e.weightB],
    ] as const) {
      const k = keyOf(page);
      if (!pages.has(k)) {
        pages.set(k, { page, weight });
        parent.set(k, k);
      }
    }
  }
  // Exact copies form one class (stored as a star around its first page); classes are grouped as units.
  for (const e of kept) if (e.method === 'exact') parent.set(find(keyOf(e.b)), find(keyOf(e.a)));
  const earlier = (x: PageKey, y: PageKey) =>
    (documentOrder.get(x.documentId) ?? 0) - (documentOrder.get(y.documentId) ?? 0) || x.page - y.page;
  const classes = new Map<string, { pages: PageKey[]; weight: number }>();
  for (const [k, { page, weight }] of pages) {
    const root = find(k);
    const c = classes.get(root);
    if (c) {
      c.pages.push(page);
      c.weight = Math.max(c.weight, weight);
    } else classes.set(root, { pages: [page], weight });
  }
  for (const c of classes.values()) c.pages.sort(earlier);
  const links = new Map<string, Map<string, number>>();
  for (const e of kept) {
    if (e.method === 'exact') continue;
    const [x, y] = [find(keyOf(e.a)), find(keyOf(e.b))];
    if (x === y) continue;
    for (const [from, to] of [
      [x, y],
      [y, x],
    ] as const) {
      const m = links.get(from) ?? new Map<string, number>();
      m.set(to, Math.max(m.get(to) ?? 0, e.similarity));
      links.set(from, m);
    }
  }

  const maxWeight = Math.max(1, ...[...classes.values()].map((c) => c.weight));
  const bucket = (w: number) => Math.round((w / maxWeight) * 33);
  const order = [...classes].sort(
    ([, x], [, y]) => bucket(y.weight) - bucket(x.weight) || earlier(x.pages[0] as PageKey, y.pages[0] as PageKey),
  );
  const grouped = new Set<string>();
  const groups: DuplicateGroup[] = [];
  for (const [root, c] of order) {
    if (grouped.has(root)) continue;
    const principal = c.pages[0] as PageKey;
    const members: DuplicateMember[] = c.pages.slice(1).map((p) => ({ ...p, similarity: 1, method: 'exact' }));
    const joined: string[] = [];
    for (const [other, similarity] of links.get(root) ?? []) {
      if (grouped.has(other)) continue;
      const pagesOf = classes.get(other)?.pages ?? [];
      const usable = pagesOf.filter((p) => !distinct.has(pairKey(p, principal)));
      if (usable.length === 0) continue;
      joined.push(other);
      members.push(...usable.map((p) => ({ ...p, similarity, method: 'text' as const })));
    }
    if (members.length === 0) continue;
    grouped.add(root);
    for (const j of joined) grouped.add(j);
    members.sort(earlier);
    groups.push({ principal, members: [{ ...principal, similarity: 1, method: 'exact' }, ...members] });
  }
  return groups;
}
