/** The only places a link may open in the system browser: the guideline publishers and literature lookups. */
export const EXTERNAL_HOSTS = [
  'www.dir.ca.gov',
  'dir.ca.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'doi.org',
] as const;

export function externalUrlAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    (EXTERNAL_HOSTS as readonly string[]).includes(parsed.hostname)
  );
}
