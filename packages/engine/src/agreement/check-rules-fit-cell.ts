import { Decimal } from 'decimal.js'
import { createDiagnostic, formatKronor, relatedAt, type AgreementCell, type Diagnostic } from '@fordela/parser'
import type { CellRun } from './evaluate-cell.js'
import { writeEachArithmetic } from './each-arithmetic.js'

/**
 * Checks that a cell's rules fit it: the fixed amounts of its `each` rules,
 * summed over every unit, must not exceed the cell (reported at the rule that
 * first overflows, with the arithmetic), and a cell without a `rest` rule must
 * be given out to the krona by its fixed amounts.
 */
export function checkRulesFitCell(cell: AgreementCell, run: CellRun): Diagnostic[] {
  if (run.eachRuns.length === 0) return []
  const amount = cell.amount.value
  const perUnit = sumPerUnit(run.eachRuns.map((each) => each.perUnit))
  const arithmetic = writeEachArithmetic(perUnit)
  const cellText = formatKronor(amount, { space: 'plain' })
  const cellRelated = relatedAt(cell.amount.at, { sv: 'cellens belopp', en: "the cell's amount" })
  if (arithmetic.total.greaterThan(amount)) {
    const overflowing = findOverflowingRule(run, amount) ?? run.eachRuns[0]
    if (!overflowing) return []
    const args = {
      arithmetic: arithmetic.text,
      cell: cellText,
      over: formatKronor(arithmetic.total.minus(amount), { space: 'plain' }),
    }
    return [createDiagnostic('agreement/rule-exceeds-cell', args, overflowing.rule.each.at, { related: [cellRelated] })]
  }
  const hasRest = cell.rules.some((rule) => rule.type === 'rest')
  if (!hasRest && arithmetic.total.lessThan(amount)) {
    const args = {
      arithmetic: arithmetic.text,
      cell: cellText,
      left: formatKronor(amount.minus(arithmetic.total), { space: 'plain' }),
    }
    const related = run.eachRuns.map((each) =>
      relatedAt(each.rule.at, { sv: 'regel för belopp per enhet', en: 'rule of amounts per unit' }),
    )
    return [createDiagnostic('agreement/rule-does-not-fill-cell', args, cell.amount.at, { related })]
  }
  return []
}

/** Every unit's fixed amounts added over the rules, in unit order. */
function sumPerUnit(rules: readonly (readonly Decimal[])[]): Decimal[] {
  const totals: Decimal[] = []
  for (const perUnit of rules) {
    perUnit.forEach((part, index) => {
      totals[index] = (totals[index] ?? new Decimal(0)).plus(part)
    })
  }
  return totals
}

/** The first `each` rule after which the fixed amounts so far exceed the cell. */
function findOverflowingRule(run: CellRun, amount: Decimal): CellRun['eachRuns'][number] | undefined {
  let running = new Decimal(0)
  return run.eachRuns.find((each) => {
    running = each.perUnit.reduce((sum, part) => sum.plus(part), running)
    return running.greaterThan(amount)
  })
}
