/** Lower case, contractions spelled out, parenthetical asides and dashes turned into commas: what the cue patterns read. */
export function normaliseSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s[–—-]{1,2}\s|[–—]/g, ', ')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b|\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/\bnon-?medically\b/g, 'not medically')
    .replace(/\bnot only\b/g, 'only')
    .replace(/\bneither\b([^,;]*?)\bnor\b/g, 'not$1or')
    .replace(/\bboard[- ]certifi\w*/g, 'board-credentialed')
    .replace(/\s+/g, ' ')
    .trim();
}
