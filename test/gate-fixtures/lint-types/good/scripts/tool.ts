// Counts the words of a sentence.
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}
