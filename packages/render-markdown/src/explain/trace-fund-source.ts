import type { Decimal } from 'decimal.js'
import type { DerivationStep, DerivedFundTerm, FundEvaluation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import { describeRoundedFigure } from './describe-rounded-figure.js'
import type { ExplainNames } from './explain-names.js'
import { countEqualParts } from './count-equal-parts.js'
import { formatAmount, formatEqualDivision, formatFigure, formatWeight } from './format-figures.js'
import { traceNode, type TraceNode } from './trace-node.js'

/**
 * Where a fund's amount comes from: the agreement cell, what each of the
 * cell's rules gives the county ("Västra Götalands län får 33 492 514 kr av
 * 200 000 000 kr efter folkmängd: 200 000 000 × 1 767 016 / 10 551 707 =
 * 33 492 514,53 → 33 492 514 (avrundat nedåt: …)"), and the sum when several
 * rules add up; or that the allocation states the amount itself.
 */
export function traceFundSource(evaluation: FundEvaluation, names: ExplainNames, lang: Language): TraceNode[] {
  const steps = evaluation.derivation
  const cell = steps.find((step) => step.type === 'agreement-cell')
  const rules = steps.filter((step) => step.type === 'agreement-rule')
  const fundStep = steps.find((step) => step.type === 'fund')
  if (fundStep?.terms) return traceDerivedFund(fundStep.terms, fundStep.amount, names, lang)
  if (!cell) {
    if (!evaluation.amount) return []
    return [traceNode(say(lang, messages.explain.amountStated))]
  }
  const nodes = [traceNode(describeCell(cell, names, lang))]
  const nameUnit = nameCellUnits(cell, rules, names)
  for (const rule of rules) nodes.push(traceNode(describeRule(rule, cell.unit, nameUnit, names, lang)))
  if (rules.length > 1 && evaluation.agreementAmount) {
    const terms = rules.map((rule) => formatFigure(rule.amount)).join(' + ')
    nodes.push(traceNode(`${say(lang, messages.explain.sum)}: ${terms} = ${formatAmount(evaluation.agreementAmount)}`))
  }
  if (evaluation.fund.amount && evaluation.agreementAmount) {
    nodes.push(
      traceNode(say(lang, messages.explain.allocationStates, { amount: formatAmount(evaluation.fund.amount.value) })),
    )
  }
  return nodes
}

/**
 * "Summan av raderna som tar ur fonden:" and one node per line ("Region
 * Exempel (avsnitt barn): 200 000 kr"), then "200 000 + 300 000 = 500 000 kr".
 */
function traceDerivedFund(
  terms: readonly DerivedFundTerm[],
  amount: Decimal,
  names: ExplainNames,
  lang: Language,
): TraceNode[] {
  const lines = terms.map((term) =>
    traceNode(
      `${names.recipient(term.to)} (${say(lang, messages.explain.section)} ${term.section}): ${formatAmount(term.amount)}`,
    ),
  )
  const sum = `${terms.length > 0 ? terms.map((term) => formatFigure(term.amount)).join(' + ') : '0'} = ${formatAmount(amount)}`
  return [
    traceNode(say(lang, messages.explain.derivedFund), lines),
    traceNode(`${say(lang, messages.explain.sum)}: ${sum}`),
  ]
}

/** The agreement cell a derivation starts from. */
export type CellStep = Extract<DerivationStep, { type: 'agreement-cell' }>
/** What one rule of an agreement cell gave a unit. */
export type RuleStep = Extract<DerivationStep, { type: 'agreement-rule' }>

/** "Överenskommelsen skr-2025, område 3, kolumn Län: 200 000 000 kr att fördela". */
export function describeCell(cell: CellStep, names: ExplainNames, lang: Language): string {
  const area = names.area(cell.agreement, cell.area)
  const column = names.column(cell.agreement, cell.column)
  return say(lang, messages.explain.agreementCell, {
    agreement: cell.agreement,
    area,
    column,
    amount: formatAmount(cell.cell),
  })
}

/**
 * Names the units of one cell, the county among them, by the column's
 * dataset (else the one its weighted rule read), for every rule of the cell
 * alike: a fixed sum per unit names the county as the weighted rest does,
 * and a cell with no weighted rule names them as the memo does.
 */
export function nameCellUnits(
  cell: CellStep,
  rules: readonly RuleStep[],
  names: ExplainNames,
): (unit: string) => string {
  const dataset = rules.find((rule) => rule.weight)?.weight?.dataset
  return (unit) => names.unit(unit, cell, dataset)
}

/** What one rule of the cell gives `unit`, with its arithmetic; `nameUnit` names the cell's units. */
export function describeRule(
  rule: RuleStep,
  unit: string,
  nameUnit: (unit: string) => string,
  names: ExplainNames,
  lang: Language,
): string {
  const title = rule.title ? ` (${rule.title})` : ''
  const gets = say(lang, messages.explain.unitGets, {
    unit: nameUnit(unit),
    amount: formatAmount(rule.amount),
    base: formatAmount(rule.base),
  })
  if (rule.rule === 'each') return `${gets}${title}: ${say(lang, messages.explain.fixedPerUnit)}`
  const rounding = rule.rounding ? ` ${describeRoundedFigure(rule.rounding, rule.amount, nameUnit, lang)}` : ''
  if (!rule.weight) {
    const parts = rule.rounding && countEqualParts(rule.base, rule.rounding.exact)
    const arithmetic = parts ? ` ${formatEqualDivision(rule.base, parts)}` : ''
    return `${gets}${title} ${say(lang, messages.explain.inEqualParts)}:${arithmetic}${rounding}`
  }
  const measure = names.measure(rule.weight.dataset, rule.weight.measure)
  const arithmetic = `${formatFigure(rule.base)} × ${formatWeight(rule.weight.value)} / ${formatWeight(rule.weight.total)}`
  return `${gets}${title} ${say(lang, messages.explain.by)} ${measure}: ${arithmetic}${rounding}`
}
