import type { AllocationComparison, ComparedAllocation, ComparisonReport } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import {
  describeTotal,
  figureHeadings,
  listComparisonTables,
  type ComparisonTable,
} from './format-comparison-tables.js'

/**
 * A comparison as aligned plain-text tables for a terminal: per allocation
 * pair a title line, the total, and tables of funds, sections and parties
 * with before, after, change in kronor and in percent; then the allocations
 * only one side has.
 */
export function formatComparisonText(report: ComparisonReport, lang: Language = 'sv'): string {
  const blocks = report.comparisons.map((comparison) => formatOne(comparison, lang))
  const lonely = [
    ...report.added.map((allocation) => `${say(lang, messages.diff.added)}: ${describeAllocation(allocation)}`),
    ...report.removed.map((allocation) => `${say(lang, messages.diff.removed)}: ${describeAllocation(allocation)}`),
    ...(report.unchanged ?? []).map(
      (allocation) => `${say(lang, messages.diff.unchanged)}: ${describeAllocation(allocation)}`,
    ),
  ]
  if (lonely.length > 0) blocks.push(lonely.join('\n'))
  if (blocks.length === 0) blocks.push(say(lang, messages.diff.nothingToCompare))
  return `${blocks.join('\n\n')}\n`
}

function formatOne(comparison: AllocationComparison, lang: Language): string {
  const title = `${describeAllocation(comparison.before)} → ${describeAllocation(comparison.after)}`
  const tables = listComparisonTables(comparison, lang, 'plain').filter((table) => table.rows.length > 0)
  return [
    `${title}\n${describeTotal(comparison.total, lang, 'plain')}`,
    ...tables.map((table) => alignTable(table, lang)),
  ].join('\n\n')
}

/** "Länsgemensamma medel 2025 (vg/2025.yaml)". */
function describeAllocation(allocation: ComparedAllocation): string {
  return `${allocation.title} (${allocation.file})`
}

/** The table with its name column padded and its figure columns right-aligned, two spaces apart. */
function alignTable(table: ComparisonTable, lang: Language): string {
  const header = [table.heading, ...figureHeadings(lang)]
  const rows = table.rows.map((row) => [`${'  '.repeat(row.depth)}${row.name}`, ...row.cells])
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}
