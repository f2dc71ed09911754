import { Decimal } from 'decimal.js'
import {
  createDiagnostic,
  formatKronor,
  type AgreementArea,
  type AgreementCell,
  type Diagnostic,
  type RoundingPolicy,
  type SourceRange,
  type UnitGroup,
} from '@fordela/parser'
import type { DerivationStep } from '../derivation/derivation.js'
import type { CellEvaluation, UnitAmount } from './agreement-evaluation.js'
import { applyEachRule, type EachRule } from './apply-each-rule.js'
import { applyRestRule } from './apply-rest-rule.js'
import type { ColumnUnits } from './column-units.js'

/** What the cell checks need besides the evaluation: every `each` rule's amounts per unit. */
export interface CellRun {
  readonly evaluation: CellEvaluation
  readonly eachRuns: readonly { readonly rule: EachRule; readonly perUnit: readonly Decimal[] }[]
  readonly diagnostics: readonly Diagnostic[]
}

/** What every cell of one agreement shares. */
export interface CellContext {
  readonly agreement: string
  readonly policy: RoundingPolicy
  readonly unitGroups: ReadonlyMap<string, UnitGroup>
}

/**
 * Runs a cell's rules in order over its column's units: `each` gives every
 * unit a fixed amount, `rest` divides what is left of the cell by a weight.
 * A single-recipient column without rules gets the whole cell. When a rule
 * cannot be computed (missing rule, measure or weight) the cell is not
 * complete and lists no units: no amount is made up.
 */
export function evaluateCell(
  area: AgreementArea,
  cell: AgreementCell,
  columnUnits: ColumnUnits | undefined,
  context: CellContext,
): CellRun {
  const amount = cell.amount.value
  const incomplete = (diagnostics: readonly Diagnostic[], eachRuns: CellRun['eachRuns'] = []): CellRun => ({
    evaluation: {
      area: area.id.value,
      column: cell.column.value,
      amount,
      units: [],
      residual: amount,
      complete: false,
      at: cell.at,
    },
    eachRuns,
    diagnostics,
  })
  if (!columnUnits) return incomplete([])
  const { units } = columnUnits
  if (cell.rules.length === 0 && !columnUnits.single) {
    const args = { area: area.id.value, column: cell.column.value, units: units.length }
    return incomplete([createDiagnostic('agreement/missing-rule', args, cell.column.at)])
  }
  // Without rules the single recipient gets the whole cell.
  const whole = cell.rules.length === 0
  const amounts = units.map(() => (whole ? amount : new Decimal(0)))
  const steps: DerivationStep[][] = units.map(() => [])
  const diagnostics: Diagnostic[] = []
  const eachRuns: { rule: EachRule; perUnit: readonly Decimal[] }[] = []
  let left = whole ? new Decimal(0) : amount
  let restSeen = false
  let complete = true
  for (const rule of cell.rules) {
    if (restSeen) diagnostics.push(createDiagnostic('agreement/rule-after-rest', {}, rule.at))
    const title = rule.title ? { title: rule.title.value } : {}
    const base = left
    if (rule.type === 'each') {
      const result = applyEachRule(rule, columnUnits, context.unitGroups)
      diagnostics.push(...result.diagnostics)
      eachRuns.push({ rule, perUnit: result.perUnit })
      result.perUnit.forEach((part, index) => {
        amounts[index] = (amounts[index] ?? new Decimal(0)).plus(part)
        steps[index]?.push({ type: 'agreement-rule', rule: 'each', ...title, base, amount: part, at: rule.at })
        left = left.minus(part)
      })
      continue
    }
    restSeen = true
    const result = applyRestRule(rule, base, columnUnits, context.policy)
    diagnostics.push(...result.diagnostics)
    if (!result.complete) {
      complete = false
      continue
    }
    result.parts.forEach((part, index) => {
      amounts[index] = (amounts[index] ?? new Decimal(0)).plus(part.amount)
      const weight = part.weight ? { weight: part.weight } : {}
      steps[index]?.push({
        type: 'agreement-rule',
        rule: 'rest',
        ...title,
        base,
        ...weight,
        amount: part.amount,
        rounding: part.rounding,
        at: rule.at,
      })
      left = left.minus(part.amount)
    })
    if (!result.residual.isZero())
      diagnostics.push(reportResidual(area, cell, context.policy, result.residual, rule.at))
  }
  if (!complete) return incomplete(diagnostics, eachRuns)
  const unitAmounts = units.map(
    (unit, index): UnitAmount => ({
      unit: unit.id,
      name: unit.name,
      amount: amounts[index] ?? new Decimal(0),
      derivation: [
        {
          type: 'agreement-cell',
          agreement: context.agreement,
          area: area.id.value,
          column: cell.column.value,
          unit: unit.id,
          cell: amount,
          at: cell.at,
        },
        ...(steps[index] ?? []),
      ],
    }),
  )
  return {
    evaluation: {
      area: area.id.value,
      column: cell.column.value,
      amount,
      units: unitAmounts,
      residual: left,
      complete: true,
      at: cell.at,
    },
    eachRuns,
    diagnostics,
  }
}

/**
 * A non-exhaustive rounding policy's leftover (a warning) or overshoot in a
 * rest division: handing out more than the cell holds is an error whatever the policy.
 */
function reportResidual(
  area: AgreementArea,
  cell: AgreementCell,
  policy: RoundingPolicy,
  residual: Decimal,
  at: SourceRange,
): Diagnostic {
  if (residual.isNegative()) {
    const excess = formatKronor(residual.abs(), { space: 'plain' })
    return createDiagnostic(
      'agreement/rounding-overdraws',
      { area: area.id.value, column: cell.column.value, policy, excess },
      at,
    )
  }
  const args = {
    area: area.id.value,
    column: cell.column.value,
    policy,
    residual: formatKronor(residual.abs(), { space: 'plain' }),
    direction: residual.isPositive() ? ('left' as const) : ('over' as const),
  }
  return createDiagnostic('agreement/rounding-residual', args, at)
}
