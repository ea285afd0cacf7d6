import { bodyPartAliases } from './bodyPartAliases';

const byAlias = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(bodyPartAliases)) {
  byAlias.set(canonical, canonical);
  for (const alias of aliases) if (!byAlias.has(alias)) byAlias.set(alias, canonical);
}

/** The catalog's name for a body part a reviewer or a case record names ('Cervical' → 'neck'), or null. */
export function canonicalBodyPart(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  return byAlias.get(name.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
