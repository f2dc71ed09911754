import type { AllocationEvaluation, FundEvaluation, LineEvaluation, SectionEvaluation } from '@fordela/engine'
import { formatKronor, type AllocationLine, type SourceRange } from '@fordela/parser'

/** One computed amount to show at the end of a source line. */
export interface AmountMark {
  /** Offset in the file's text the mark's line contains. */
  readonly at: number
  /** The kronor as the memo writes them; absent when the amount cannot be computed. */
  readonly text?: string
  readonly kind: 'line' | 'fund' | 'section'
  /** What the hover explains. */
  readonly source:
    | { readonly type: 'line'; readonly line: LineEvaluation }
    | { readonly type: 'fund'; readonly fund: FundEvaluation }
    | { readonly type: 'section'; readonly section: SectionEvaluation }
}

/** Where a line states its quantity: the `amount:`, `each:` or `share:` value, or the line itself. */
function quantityAt(line: AllocationLine): SourceRange {
  switch (line.quantity.type) {
    case 'amount':
      return line.quantity.amount.at
    case 'each':
      return line.quantity.each.at
    case 'share':
      return line.quantity.share.at
    case 'rest':
      return line.quantity.at
  }
}

/**
 * The amounts of an allocation to show in its own file: every line's
 * computed kronor on the line that states its quantity, every fund's amount
 * on its `id`, every section's total on its `id`. Formatted with
 * `formatKronor`, as the memo writes them.
 */
export function listAmountMarks(evaluation: AllocationEvaluation, file: string): AmountMark[] {
  const marks: AmountMark[] = []
  const plain = { space: 'plain' } as const
  for (const fund of evaluation.funds) {
    if (fund.fund.id.at.file !== file) continue
    marks.push({
      at: fund.fund.id.at.span[0],
      ...(fund.amount ? { text: formatKronor(fund.amount, plain) } : {}),
      kind: 'fund',
      source: { type: 'fund', fund },
    })
  }
  const visit = (line: LineEvaluation): void => {
    const at = quantityAt(line.line)
    if (at.file === file)
      marks.push({
        at: at.span[0],
        text: formatKronor(line.amount, plain),
        kind: 'line',
        source: { type: 'line', line },
      })
    line.children.forEach(visit)
  }
  for (const section of evaluation.sections) {
    if (section.section.id.at.file === file) {
      marks.push({
        at: section.section.id.at.span[0],
        text: formatKronor(section.total, plain),
        kind: 'section',
        source: { type: 'section', section },
      })
    }
    for (const step of section.steps) step.lines.forEach(visit)
  }
  return marks
}
