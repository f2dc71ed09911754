import { Decimal } from 'decimal.js'
import {
  createAmountFilter,
  type AllocationEvaluation,
  type AmountFilter,
  type SectionEvaluation,
} from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import { traceFundSource } from './trace-fund-source.js'
import { createExplainNames, type DocumentLookup, type DocumentResolver, type ExplainNames } from './explain-names.js'
import { formatAmount } from './format-figures.js'
import { traceLine } from './trace-line.js'
import { traceNode, type TraceNode } from './trace-node.js'

/** What to explain and how. */
export interface ExplainOptions {
  /** Only the amounts that reach this party, group or member. */
  readonly party?: string
  /** Only this fund and the lines that draw on it. */
  readonly fund?: string
  /** Swedish (default) or English. */
  readonly lang?: Language
  /** Finds the agreement and datasets by id, for area numbers, column titles and measure names. */
  readonly lookup?: DocumentLookup
  /** Follows an agreement column's `dataset:` reference, to name the cell's units as the memo does. */
  readonly resolve?: DocumentResolver
}

/**
 * Explains how every amount of an evaluated allocation comes about, as a
 * tree of plain-language lines: the allocation, each fund from its
 * agreement cell, then each section's steps and lines down to every
 * member's part with its weight and rounding. With `party` or `fund` only
 * the amounts concerned are kept, and a party's total closes the trace.
 * Format it with `formatTraceText`.
 */
export function traceAllocation(evaluation: AllocationEvaluation, options: ExplainOptions = {}): TraceNode[] {
  const lang = options.lang ?? 'sv'
  const names = createExplainNames(evaluation, options.lookup, options.resolve)
  const filter = createAmountFilter(evaluation, options)
  const allocation = evaluation.allocation
  const header = traceNode(`${allocation.title.value} (${allocation.id.value}): ${formatAmount(evaluation.total)}`)
  const funds = evaluation.funds
    .filter((fund) => filter.showsFund(fund.fund.id.value))
    .map((fund) => {
      const amount = fund.amount ? formatAmount(fund.amount) : say(lang, messages.explain.cannotCompute)
      return traceNode(
        `${names.fund(fund.fund.id.value)} (${fund.fund.id.value}): ${amount}`,
        traceFundSource(fund, names, lang),
      )
    })
  const sections = evaluation.sections.flatMap((section) => traceSection(section, filter, names, lang) ?? [])
  const nodes = [header, traceNode(say(lang, messages.explain.funds), funds), ...sections]
  if (options.party !== undefined) {
    const total = filter.allotments.reduce((sum, allotment) => sum.plus(allotment.amount), new Decimal(0))
    const whom = names.recipient(options.party)
    nodes.push(traceNode(say(lang, messages.explain.totalTo, { name: whom, amount: formatAmount(total) })))
  }
  return nodes
}

/** A section with its steps, or undefined when the filter leaves none of its lines. */
function traceSection(
  section: SectionEvaluation,
  filter: AmountFilter,
  names: ExplainNames,
  lang: Language,
): TraceNode | undefined {
  const sectionFund = section.section.fund.value
  const context = {
    names,
    lang,
    sectionFund,
    ...(filter.party !== undefined ? { party: filter.party } : {}),
    reaches: filter.reaches,
  }
  const steps = section.steps.flatMap((step, index) => {
    const lines = step.lines
      .filter((line) => filter.showsFund(line.fund))
      .flatMap((line) => traceLine(line, context) ?? [])
    if (lines.length === 0) return []
    const available = [...step.available]
      .filter(([fund]) => filter.showsFund(fund))
      .map(([fund, amount]) =>
        say(lang, messages.explain.leftInFund, { amount: formatAmount(amount), fund: names.fund(fund) }),
      )
    const title = step.title ? ` – ${step.title}` : ''
    return [
      traceNode(`${say(lang, messages.explain.step, { number: index + 1 })}${title}: ${available.join(', ')}`, lines),
    ]
  })
  if (steps.length === 0) return undefined
  return traceNode(
    `${section.section.title.value} (${section.section.id.value}): ${formatAmount(section.total)}`,
    steps,
  )
}
