import { Decimal } from 'decimal.js'
import { formatKronor } from '@fordela/parser'

/** A unit word an amount can be counted in, largest first. */
interface CountingUnit {
  readonly size: bigint
  readonly singular: string
  readonly plural: string
  /** The word for "one" before the singular: `en miljon`, `ett tusen`. */
  readonly one: string
}

const UNITS: readonly CountingUnit[] = [
  { size: 1_000_000_000n, singular: 'miljard', plural: 'miljarder', one: 'en' },
  { size: 1_000_000n, singular: 'miljon', plural: 'miljoner', one: 'en' },
  { size: 1_000n, singular: 'tusen', plural: 'tusen', one: 'ett' },
]

const NO_BREAK_SPACE = '\u00a0'

/**
 * Writes an amount in Swedish words, the way a memo rounds it: counted in the
 * largest unit the amount holds at least one of (miljarder, miljoner, tusen),
 * as the whole units it holds, with "drygt" when it is above that figure and
 * no direction word when it is exactly the figure. Amounts under a thousand
 * are written in full. So 20 908 944 kr is "drygt 20 miljoner kronor", as the
 * 2025 memo writes it; the figure is never rounded up, so "knappt" is never
 * needed.
 *
 * The words mean what the parser's claim phrases mean (`parseClaimPhrase`):
 * "drygt 20 miljoner kronor" is a value strictly between 20 and 21 million,
 * so every text this function writes, read back as a claim, holds for the
 * amount it was written from.
 *
 * @example formatAmountInWords(new Decimal(20908944)) // "drygt 20 miljoner kronor"
 * @example formatAmountInWords(new Decimal(7000000))  // "7 miljoner kronor"
 * @example formatAmountInWords(new Decimal(1000000))  // "en miljon kronor"
 * @param amount whole kronor, not negative; anything else is written as figures ("-1 500 kronor").
 */
export function formatAmountInWords(amount: Decimal): string {
  if (!amount.isInteger() || amount.isNegative()) return formatKronor(amount, { unit: 'kronor' })
  const value = BigInt(amount.toFixed())
  const unit = UNITS.find((candidate) => value >= candidate.size)
  if (!unit) return formatKronor(amount, { unit: 'kronor' })
  const count = countIn(value / unit.size, unit)
  return value % unit.size === 0n ? `${count} kronor` : `drygt ${count} kronor`
}

/** "en miljon", "20 miljoner", "ett tusen", "1 200 miljarder". */
function countIn(count: bigint, unit: CountingUnit): string {
  if (count === 1n) return `${unit.one}${NO_BREAK_SPACE}${unit.singular}`
  return `${formatKronor(new Decimal(count.toString()), { unit: 'none' })}${NO_BREAK_SPACE}${unit.plural}`
}
