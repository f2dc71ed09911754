import { formatKronor, type Rational } from '@fordela/parser'

/**
 * Writes a weight (a population, a value of a dataset measure) with Swedish
 * digit groups: "1 767 016"; an exact decimal keeps its decimals ("12,5").
 */
export function formatWeight(weight: Rational): string {
  return formatKronor(weight.toDecimal(), { unit: 'none' })
}
