/** Swedish number words noll to tjugo, by value; "en" and "ett" are both one. */
const COUNT_WORDS: readonly string[] = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'tjugo',
]

/**
 * Reads the count a claim such as "fyra", "fyra aktiviteter" or "12"
 * states: its first word, a number word noll to tjugo ("ett" too)
 * or digits; what follows (the noun) is the author's and not checked.
 *
 * @returns undefined when the first word is no count.
 */
export function readCountClaim(text: string): number | undefined {
  const first = text.trim().toLowerCase().split(/\s+/u)[0] ?? ''
  if (/^\d{1,6}$/u.test(first)) return Number(first)
  if (first === 'ett') return 1
  const index = COUNT_WORDS.indexOf(first)
  return index === -1 ? undefined : index
}

/** A count in words up to tjugo ("fyra"), in digits above. */
export function formatCountInWords(count: number): string {
  return COUNT_WORDS[count] ?? String(count)
}
