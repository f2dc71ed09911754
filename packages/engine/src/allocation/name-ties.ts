import type { RoundingAdjustment } from '@fordela/parser'

/**
 * For each part that won a krona by a tie, the names of every part in that
 * tie, in document order. Winners of one tie share one list, built once, so a
 * tie among thousands of members costs linear time and memory.
 */
export function nameTieWinners(adjustments: readonly RoundingAdjustment[], nameOf: (index: number) => string): ReadonlyMap<number, readonly string[]> {
  const namesByGroup = new Map<readonly number[], readonly string[]>()
  const winners = new Map<number, readonly string[]>()
  for (const adjustment of adjustments) {
    if (adjustment.tieGroup.length === 0) continue
    let names = namesByGroup.get(adjustment.tieGroup)
    if (!names) {
      names = adjustment.tieGroup.map(nameOf)
      namesByGroup.set(adjustment.tieGroup, names)
    }
    winners.set(adjustment.index, names)
  }
  return winners
}
