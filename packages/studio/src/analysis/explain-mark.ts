import type { Language } from '@fordela/parser'
import { formatTraceText, traceAllocation, traceLines } from '@fordela/render-markdown'
import type { AmountMark } from './amount-marks.js'
import type { Analysis } from './analyze-files.js'

/** The derivation of an amount in `file`, as `fordela explain` writes it; empty when there is none. */
export function explainMark(analysis: Analysis, file: string, mark: AmountMark, lang: Language): string {
  const allocation = analysis.allocationIn(file)
  if (!allocation) return ''
  const lookup = (id: string) => analysis.evaluation.workspace.documentById(id)
  switch (mark.source.type) {
    case 'line': {
      const node = traceLines(allocation, { lang, lookup }).get(mark.source.line)
      return node ? formatTraceText([node]) : ''
    }
    case 'fund': {
      const funds = traceAllocation(allocation, { lang, lookup, fund: mark.source.fund.fund.id.value })[1]
      return funds ? formatTraceText(funds.children) : ''
    }
    case 'section': {
      const id = mark.source.section.section.id.value
      const section = traceAllocation(allocation, { lang, lookup }).find((node) => node.text.includes(`(${id}):`))
      return section ? formatTraceText([section]) : ''
    }
  }
}
