import { createDiagnostic, type Diagnostic } from '@fordela/parser'
import type { LineEvaluation, SectionEvaluation } from './allocation-evaluation.js'
import { listEvaluatedLines } from './list-evaluated-lines.js'

/**
 * One amount has one rest: among the lines drawing on it (a step's lines of
 * one fund, or a line's child lines) a second `rest` line takes nothing and
 * is `sum/multiple-rest`.
 */
export function checkRestLines(sections: readonly SectionEvaluation[]): Diagnostic[] {
  const pots: { readonly fund: string; readonly lines: readonly LineEvaluation[] }[] = []
  for (const step of sections.flatMap((section) => section.steps)) {
    const byFund = new Map<string, LineEvaluation[]>()
    for (const line of step.lines) {
      const lines = byFund.get(line.fund)
      if (lines) lines.push(line)
      else byFund.set(line.fund, [line])
    }
    for (const [fund, lines] of byFund) pots.push({ fund, lines })
  }
  for (const parent of listEvaluatedLines(sections)) {
    if (parent.children.length > 0) pots.push({ fund: parent.fund, lines: parent.children })
  }
  return pots.flatMap(({ fund, lines }) =>
    lines
      .filter((entry) => entry.line.quantity.type === 'rest')
      .slice(1)
      .map((entry) => createDiagnostic('sum/multiple-rest', { fund }, entry.line.at)),
  )
}
