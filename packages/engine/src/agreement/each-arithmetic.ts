import { Decimal } from 'decimal.js'
import { formatKronor } from '@fordela/parser'

/** The fixed amounts of a cell written as arithmetic, and their sum. */
export interface EachArithmetic {
  /** E.g. `18 × 4 000 000 + 3 × 7 000 000 = 93 000 000`. */
  readonly text: string
  readonly total: Decimal
}

/**
 * Writes what units received as count × amount terms, the most common amount
 * first (ties in order of first appearance), so a reviewer can redo the sum
 * from the published table: "18 × 4 000 000 + 3 × 7 000 000 = 93 000 000".
 * Units that received nothing are left out of the terms.
 */
export function writeEachArithmetic(perUnit: readonly Decimal[]): EachArithmetic {
  const counts = new Map<string, { amount: Decimal; count: number }>()
  let total = new Decimal(0)
  for (const amount of perUnit) {
    total = total.plus(amount)
    if (amount.isZero()) continue
    const key = amount.toFixed()
    const entry = counts.get(key)
    if (entry) entry.count += 1
    else counts.set(key, { amount, count: 1 })
  }
  // Array.prototype.sort is stable, so equal counts keep their first-appearance order.
  const terms = [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ amount, count }) => (count === 1 ? plain(amount) : `${count} × ${plain(amount)}`))
  const sum = plain(total)
  const onlyTerm = terms.length === 1 && terms[0] === sum
  const text = terms.length === 0 || onlyTerm ? sum : `${terms.join(' + ')} = ${sum}`
  return { text, total }
}

/** An amount in Swedish digit groups without the unit, for arithmetic inside a sentence. */
function plain(amount: Decimal): string {
  return formatKronor(amount, { unit: 'none', space: 'plain' })
}
