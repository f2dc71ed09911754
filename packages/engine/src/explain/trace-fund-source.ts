import type { Language } from '@fordela/parser'
import type { FundEvaluation } from '../allocation/allocation-evaluation.js'
import type { DerivationStep } from '../derivation/derivation.js'
import { describeRounding } from './describe-rounding.js'
import type { ExplainNames } from './explain-names.js'
import { formatAmount, formatFigure, formatWeight } from './format-figures.js'
import { traceNode, type TraceNode } from './trace-node.js'

/**
 * Where a fund's amount comes from: the agreement cell, what each of the
 * cell's rules gives the county ("Västra Götalands län får 33 492 514 kr av
 * 200 000 000 kr efter folkmängd: 200 000 000 × 1 767 016 / 10 551 707 =
 * 33 492 514,53 → 33 492 514 (största rest)"), and the sum when several
 * rules add up; or that the allocation states the amount itself.
 */
export function traceFundSource(evaluation: FundEvaluation, names: ExplainNames, lang: Language): TraceNode[] {
  const steps = evaluation.derivation
  const cell = steps.find((step) => step.type === 'agreement-cell')
  const rules = steps.filter((step) => step.type === 'agreement-rule')
  if (!cell) {
    if (!evaluation.amount) return []
    return [traceNode(lang === 'sv' ? 'Beloppet står i fördelningen.' : 'The allocation states the amount.')]
  }
  const nodes = [traceNode(describeCell(cell, names, lang))]
  const unit = (datasetId: string | undefined) => names.unit(cell.unit, datasetId)
  for (const rule of rules) nodes.push(traceNode(describeRule(rule, cell.unit, unit(rule.weight?.dataset), names, lang)))
  if (rules.length > 1 && evaluation.agreementAmount) {
    const terms = rules.map((rule) => formatFigure(rule.amount)).join(' + ')
    nodes.push(traceNode(`${lang === 'sv' ? 'Summa' : 'Sum'}: ${terms} = ${formatAmount(evaluation.agreementAmount)}`))
  }
  if (evaluation.fund.amount && evaluation.agreementAmount) {
    nodes.push(
      traceNode(
        lang === 'sv'
          ? `Fördelningen anger ${formatAmount(evaluation.fund.amount.value)}.`
          : `The allocation states ${formatAmount(evaluation.fund.amount.value)}.`,
      ),
    )
  }
  return nodes
}

/** The agreement cell a derivation starts from. */
export type CellStep = Extract<DerivationStep, { type: 'agreement-cell' }>
/** What one rule of an agreement cell gave a unit. */
export type RuleStep = Extract<DerivationStep, { type: 'agreement-rule' }>

/** "Överenskommelsen skr-2025, område 3, kolumn Län: 200 000 000 kr att fördela". */
export function describeCell(cell: CellStep, names: ExplainNames, lang: Language): string {
  const area = names.area(cell.agreement, cell.area)
  const column = names.column(cell.agreement, cell.column)
  return lang === 'sv'
    ? `Överenskommelsen ${cell.agreement}, område ${area}, kolumn ${column}: ${formatAmount(cell.cell)} att fördela`
    : `Agreement ${cell.agreement}, area ${area}, column ${column}: ${formatAmount(cell.cell)} to distribute`
}

/** What one rule of the cell gives the unit, with its arithmetic. */
export function describeRule(rule: RuleStep, unitCode: string, unit: string, names: ExplainNames, lang: Language): string {
  const title = rule.title ? ` (${rule.title})` : ''
  const gets = lang === 'sv' ? `${unit} får ${formatAmount(rule.amount)} av ${formatAmount(rule.base)}` : `${unit} receives ${formatAmount(rule.amount)} of ${formatAmount(rule.base)}`
  if (rule.rule === 'each') return `${gets}${title}: ${lang === 'sv' ? 'fast belopp per enhet' : 'a fixed sum per unit'}`
  const rounding = rule.rounding ? ` ${describeRounding(rule.rounding, rule.amount, unitCode, (id) => names.unit(id, rule.weight?.dataset), lang)}` : ''
  if (!rule.weight) return `${gets}${title} ${lang === 'sv' ? 'i lika delar' : 'in equal parts'}:${rounding}`
  const measure = names.measure(rule.weight.dataset, rule.weight.measure)
  const arithmetic = `${formatFigure(rule.base)} × ${formatWeight(rule.weight.value)} / ${formatWeight(rule.weight.total)}`
  return `${gets}${title} ${lang === 'sv' ? 'efter' : 'by'} ${measure}: ${arithmetic}${rounding}`
}
