// Joins words with single spaces.
export function joinWords(words: string[]): string {
  return words.join( " " );
}
