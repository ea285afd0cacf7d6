/** Lower case without accents: "José Núñez" and "jose nunez" compare equal. */
export function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
