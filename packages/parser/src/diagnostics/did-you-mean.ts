import { distance } from 'fastest-levenshtein'

/** At most this many suggestions are offered; more would not help a reader choose. */
const maxSuggestions = 3

/**
 * The candidates closest to a mistyped `value`, best first: compared without
 * regard to case, and only those within an edit distance that grows with
 * the length of the value (1 up to 3 characters, 2 up to 6, then 3), so a
 * short typo (even two swapped letters, `fnud`) still finds its word but
 * unrelated words are not offered.
 * Ties keep the candidates' order. Returns `[]` when nothing is close.
 *
 * @param value what the user wrote, e.g. `ammount`
 * @param candidates the allowed words, e.g. the keys a mapping may have
 */
export function suggestClosest(value: string, candidates: readonly string[]): string[] {
  const needle = value.toLowerCase()
  const limit = allowedDistance(needle.length)
  const scored: { candidate: string; score: number }[] = []
  for (const candidate of new Set(candidates)) {
    if (candidate === value) continue
    const score = distance(needle, candidate.toLowerCase())
    if (score <= limit) scored.push({ candidate, score })
  }
  // Array.prototype.sort is stable, so equal scores stay in candidate order.
  scored.sort((a, b) => a.score - b.score)
  return scored.slice(0, maxSuggestions).map((entry) => entry.candidate)
}

function allowedDistance(length: number): number {
  if (length <= 3) return 1
  if (length <= 6) return 2
  return 3
}
