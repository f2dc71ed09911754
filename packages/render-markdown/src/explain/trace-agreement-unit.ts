import { Decimal } from 'decimal.js'
import { listUnits, type AgreementEvaluation, type UnitAmount } from '@fordela/engine'
import type { Language, SpecDocument } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import type { DocumentLookup, ExplainNames } from './explain-names.js'
import { formatAmount, formatFigure } from './format-figures.js'
import { describeCell, describeRule, nameCellUnits, type CellStep, type RuleStep } from './trace-fund-source.js'
import { traceNode, type TraceNode } from './trace-node.js'

/** What to explain of an agreement and how. */
export interface AgreementExplainOptions {
  /** The unit (länskod, kommun, recipient) whose amounts to explain; every unit when absent. */
  readonly unit?: string
  readonly lang?: Language
  /** Finds the datasets by id, for unit and measure names. */
  readonly lookup?: DocumentLookup
}

/**
 * Explains a unit's amount of every cell of an evaluated agreement: the
 * cell, what each of its rules gives the unit with the arithmetic and the
 * rounding, the exact fraction before rounding, and the unit's total over
 * all cells. Without `unit`, every unit in turn. Format it with `formatTraceText`.
 */
export function traceAgreement(evaluation: AgreementEvaluation, options: AgreementExplainOptions = {}): TraceNode[] {
  const lang = options.lang ?? 'sv'
  const names = createAgreementNames(evaluation, options.lookup)
  const agreement = evaluation.agreement
  const header = traceNode(`${agreement.title.value} (${agreement.id.value})`)
  const units = options.unit !== undefined ? [options.unit] : listUnits(evaluation)
  return [header, ...units.map((unit) => traceUnit(evaluation, unit, names, lang))]
}

/** One unit: each cell that gives it an amount, then its total. */
function traceUnit(evaluation: AgreementEvaluation, unit: string, names: ExplainNames, lang: Language): TraceNode {
  const amounts = evaluation.cells.flatMap((cell) => cell.units.filter((candidate) => candidate.unit === unit))
  const name = amounts[0]?.name ?? unit
  const cells = amounts.map((amount) => traceCell(amount, names, lang))
  const total = amounts.reduce((sum, amount) => sum.plus(amount.amount), new Decimal(0))
  const closing = traceNode(say(lang, messages.explain.totalTo, { name, amount: formatAmount(total) }))
  return traceNode(`${name} (${unit})`, [...cells, closing])
}

/** "Område 3, kolumn Län: 33 492 514 kr", with the cell, each rule and the exact value. */
function traceCell(amount: UnitAmount, names: ExplainNames, lang: Language): TraceNode {
  const cell = amount.derivation.find((step): step is CellStep => step.type === 'agreement-cell')
  const rules = amount.derivation.filter((step): step is RuleStep => step.type === 'agreement-rule')
  if (!cell) return traceNode(formatAmount(amount.amount))
  const where = say(lang, messages.explain.cellPlace, {
    area: names.area(cell.agreement, cell.area),
    column: names.column(cell.agreement, cell.column),
  })
  const nodes = [traceNode(describeCell(cell, names, lang))]
  const nameUnit = nameCellUnits(cell, rules, names)
  for (const rule of rules) {
    nodes.push(traceNode(describeRule(rule, cell.unit, nameUnit, names, lang)))
    const exact = rule.rounding?.exact
    if (exact && exact.den !== 1n)
      nodes.push(traceNode(say(lang, messages.explain.exactBeforeRounding, { fraction: `${exact.num}/${exact.den}` })))
  }
  if (rules.length > 1)
    nodes.push(
      traceNode(
        `${say(lang, messages.explain.sum)}: ${rules.map((rule) => formatFigure(rule.amount)).join(' + ')} = ${formatAmount(amount.amount)}`,
      ),
    )
  return traceNode(`${where}: ${formatAmount(amount.amount)}`, nodes)
}

/** Names for an agreement's trace: units and measures from the column datasets, areas by number. */
function createAgreementNames(evaluation: AgreementEvaluation, lookup: DocumentLookup | undefined): ExplainNames {
  const agreement = evaluation.agreement
  const dataset = (id: string): Extract<SpecDocument, { kind: 'Dataset' }> | undefined => {
    const document = lookup?.(id)
    return document?.kind === 'Dataset' ? document : undefined
  }
  const unitNames = new Map(
    evaluation.cells.flatMap((cell) => cell.units.map((unit): [string, string] => [unit.unit, unit.name])),
  )
  return {
    recipient: (id) => id,
    fund: (id) => id,
    unit: (unit, _cell, datasetId) =>
      (datasetId === undefined
        ? undefined
        : dataset(datasetId)?.units.find((candidate) => candidate.id.value === unit)?.name) ??
      unitNames.get(unit) ??
      unit,
    measure(datasetId, measureId) {
      const title = dataset(datasetId)?.measures.find((candidate) => candidate.id.value === measureId)?.title?.value
      return title === undefined ? measureId : title.charAt(0).toLocaleLowerCase('sv') + title.slice(1)
    },
    area: (_agreementId, areaId) => {
      const area = agreement.areas.find((candidate) => candidate.id.value === areaId)
      return area?.number ? String(area.number.value) : areaId
    },
    column: (_agreementId, columnId) =>
      agreement.columns.find((candidate) => candidate.id.value === columnId)?.title.value ?? columnId,
  }
}
