const PLACEHOLDERS: readonly RegExp[] = [
  // Lower-case "todo" only with a colon: Spanish "todo" appears in quoted patient statements.
  /(?<![\p{L}\p{N}])(?:TODO|FIXME)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[Tt]odo|[Ff]ixme)\s*:/gu,
  /(?<![\p{L}\p{N}])TBD(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])X{2,4}(?![\p{L}\p{N}])/giu,
  /\[\[|\]\]/g,
  /\?{3,}/g,
  /[<[]\s*insert\b/gi,
  /\blorem\s+ipsum\b/gi,
];

/** Placeholder markers left in text, each once, as written. */
export function findPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of PLACEHOLDERS) for (const m of text.matchAll(pattern)) found.add(m[0]);
  return [...found];
}
