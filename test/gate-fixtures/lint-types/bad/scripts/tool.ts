// Counts the words of a sentence.
export function countWords(sentence: string): number {
  const words: any = sentence.split(/\s+/);
  return words.filter(Boolean).length + sentence;
}
