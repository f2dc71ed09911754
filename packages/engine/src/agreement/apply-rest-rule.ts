import { Decimal } from 'decimal.js'
import { apportion, Rational, type Diagnostic, type RoundingAdjustment, type RoundingPolicy } from '@fordela/parser'
import type { RoundingEffect, WeightUsed } from '../derivation/derivation.js'
import type { ColumnUnits } from './column-units.js'
import { weighRestUnits, type RestRule } from './weigh-rest-units.js'

/** One unit's part of a `rest` division and how it was reached. */
export interface RestPart {
  readonly amount: Decimal
  readonly weight?: WeightUsed
  readonly rounding: RoundingEffect
}

/** What a `rest` rule gave every unit of its column, in unit order. */
export interface RestRuleResult {
  /** Empty when the division could not be computed. */
  readonly parts: readonly RestPart[]
  /** Kronor the rounding policy left over (+) or handed out beyond the base (−). */
  readonly residual: Decimal
  readonly diagnostics: readonly Diagnostic[]
  readonly complete: boolean
}

/**
 * Divides `base` — what is left of the cell when the rule runs — over the
 * column's units by the rule's weights, rounding once with `policy`. Each
 * part records its exact value, what rounding moved and, when a tie in
 * fractional parts decided a krona, the tied units in dataset order.
 */
export function applyRestRule(rule: RestRule, base: Decimal, columnUnits: ColumnUnits, policy: RoundingPolicy): RestRuleResult {
  const weighed = weighRestUnits(rule, columnUnits)
  if (!weighed.complete) return { parts: [], residual: new Decimal(0), diagnostics: weighed.diagnostics, complete: false }
  // A negative base means fixed amounts already overspent the cell; that is reported by the fit check.
  const divided = Decimal.max(base, 0)
  const result = apportion(divided, [...weighed.weights], policy)
  const ties = collectTies(result.adjustments, columnUnits)
  const parts = result.parts.map((amount, index): RestPart => {
    const exact = result.exact[index] ?? Rational.ZERO
    const tie = ties.get(index)
    const rounding: RoundingEffect = {
      policy,
      exact,
      delta: amount.minus(exact.floor().toString()),
      ...(tie ? { tie: { parts: tie } } : {}),
    }
    const weight = weighed.used[index]
    return { amount, rounding, ...(weight ? { weight } : {}) }
  })
  return { parts, residual: result.residual, diagnostics: [], complete: true }
}

/**
 * Every part that took part in a tie that decided a krona — the winners and
 * the parts that lost to document order — mapped to the tied unit ids in
 * dataset order, so a unit that missed a krona can see why.
 */
function collectTies(adjustments: readonly RoundingAdjustment[], columnUnits: ColumnUnits): ReadonlyMap<number, readonly string[]> {
  const ties = new Map<number, readonly string[]>()
  for (const adjustment of adjustments) {
    // Every winner of one tie shares the same group; build its names once.
    if (adjustment.tieGroup.length === 0 || ties.has(adjustment.index)) continue
    const parts = adjustment.tieGroup.map((position) => columnUnits.units[position]?.id ?? String(position))
    for (const position of adjustment.tieGroup) ties.set(position, parts)
  }
  return ties
}
