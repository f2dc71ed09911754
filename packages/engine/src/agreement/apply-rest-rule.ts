import { Decimal } from 'decimal.js'
import { apportion, type Diagnostic, type RoundingPolicy } from '@fordela/parser'
import { recordRounding } from '../derivation/record-rounding.js'
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
 * fractional parts decided a krona, the tied units in dataset order, winners
 * and losers, and who got the kronor left over.
 */
export function applyRestRule(
  rule: RestRule,
  base: Decimal,
  columnUnits: ColumnUnits,
  policy: RoundingPolicy,
): RestRuleResult {
  const weighed = weighRestUnits(rule, columnUnits)
  if (!weighed.complete)
    return { parts: [], residual: new Decimal(0), diagnostics: weighed.diagnostics, complete: false }
  // A negative base means fixed amounts already overspent the cell; that is reported by the fit check.
  const divided = Decimal.max(base, 0)
  const result = apportion(divided, [...weighed.weights], policy)
  const roundingOf = recordRounding(result, policy, (index) => columnUnits.units[index]?.id)
  const parts = result.parts.map((amount, index): RestPart => {
    const weight = weighed.used[index]
    return { amount, rounding: roundingOf(index), ...(weight ? { weight } : {}) }
  })
  return { parts, residual: result.residual, diagnostics: [], complete: true }
}
