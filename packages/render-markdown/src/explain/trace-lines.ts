import type { AllocationEvaluation, LineEvaluation } from '@fordela/engine'
import { createExplainNames } from './explain-names.js'
import type { ExplainOptions } from './trace-allocation.js'
import { traceLine } from './trace-line.js'
import type { TraceNode } from './trace-node.js'

/**
 * Each line's part of `traceAllocation`'s explanation (without a party or
 * fund filter), keyed by the line's evaluation, child lines included: what
 * the studio shows when one hovers a line's amount. Formatted with
 * `formatTraceText` it reads as that line does in `fordela explain`.
 */
export function traceLines(
  evaluation: AllocationEvaluation,
  options: Pick<ExplainOptions, 'lang' | 'lookup'> = {},
): Map<LineEvaluation, TraceNode> {
  const names = createExplainNames(evaluation, options.lookup)
  const lang = options.lang ?? 'sv'
  const traces = new Map<LineEvaluation, TraceNode>()
  for (const section of evaluation.sections) {
    const context = { names, lang, sectionFund: section.section.fund.value, reaches: () => true }
    const visit = (line: LineEvaluation): void => {
      const node = traceLine(line, context)
      if (node) traces.set(line, node)
      line.children.forEach(visit)
    }
    for (const step of section.steps) step.lines.forEach(visit)
  }
  return traces
}
