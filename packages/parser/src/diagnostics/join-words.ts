/**
 * Words as a list in a sentence: "a, b och c", "a or b", "a". The
 * conjunction is the message language's (`och`, `and`, `eller`, `or`).
 */
export function joinWords(words: readonly string[], conjunction: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}
