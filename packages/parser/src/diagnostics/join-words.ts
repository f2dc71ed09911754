/**
 * Words as a list in a sentence: "a, b och c", "a or b", "a". The
 * conjunction is the message language's (`och`, `and`, `eller`, `or`).
 */
export function joinWords(words: readonly string[], conjunction: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}

/**
 * At most `most` words as a list, and how many more there are: "a, b, c
 * och 287 till". For lists that grow with the input, such as the parts of a
 * tie named at each of its winners, which would otherwise make a text
 * quadratic in the number of parts (issue 7).
 *
 * @param words the words to show, at most `most` of them (callers name only those)
 * @param total how many words the whole list has
 * @param more the phrase for the rest, e.g. `(rest) => `${rest} till``
 */
export function joinFirstWords(
  words: readonly string[],
  total: number,
  conjunction: string,
  more: (rest: number) => string,
): string {
  return total <= words.length
    ? joinWords(words, conjunction)
    : `${words.join(', ')} ${conjunction} ${more(total - words.length)}`
}
