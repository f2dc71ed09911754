import type { Language } from '@fordela/parser'
import type { AllocationComparison, AmountChange, ComparisonRow, PartyComparisonRow } from './allocation-comparison.js'
import { formatChangeFigure, formatPercentFigure, formatSideFigure, type FigureSpace } from './format-change-figures.js'

/** One row of a comparison table: a name (members one level in) and four figures. */
export interface ComparisonTableRow {
  readonly name: string
  /** 1 for a member of a group, shown under it. */
  readonly depth: 0 | 1
  /** Before, after, change and percent, formatted. */
  readonly cells: readonly [string, string, string, string]
}

/** A comparison table: funds, sections or parties. */
export interface ComparisonTable {
  /** The first column's heading: "Fond", "Avsnitt", "Part". */
  readonly heading: string
  readonly rows: readonly ComparisonTableRow[]
}

const HEADINGS = {
  sv: { funds: 'Fond', sections: 'Avsnitt', parties: 'Part', figures: ['Före (kr)', 'Efter (kr)', 'Förändring (kr)', 'Procent'] },
  en: { funds: 'Fund', sections: 'Section', parties: 'Party', figures: ['Before (kr)', 'After (kr)', 'Change (kr)', 'Percent'] },
} as const

/** The headings of the four figure columns. */
export function figureHeadings(lang: Language): readonly string[] {
  return HEADINGS[lang].figures
}

/**
 * The tables of a comparison in reading order: funds, then sections, then
 * parties (the longest last, so a shortened Markdown comment loses the
 * least). Members follow their group one level in.
 */
export function listComparisonTables(comparison: AllocationComparison, lang: Language, space: FigureSpace): ComparisonTable[] {
  const words = HEADINGS[lang]
  const plain = (row: ComparisonRow): ComparisonTableRow => ({ name: row.name, depth: 0, cells: formatCells(row, lang, space) })
  const party = (row: PartyComparisonRow): ComparisonTableRow => ({ name: row.name, depth: row.kind === 'member' ? 1 : 0, cells: formatCells(row, lang, space) })
  return [
    { heading: words.funds, rows: comparison.funds.map(plain) },
    { heading: words.sections, rows: comparison.sections.map(plain) },
    { heading: words.parties, rows: orderMembersUnderGroups(comparison.parties).map(party) },
  ]
}

/** Before, after, change and percent of one row. */
export function formatCells(change: AmountChange, lang: Language, space: FigureSpace): [string, string, string, string] {
  return [
    formatSideFigure(change.before, space),
    formatSideFigure(change.after, space),
    formatChangeFigure(change.change, space),
    formatPercentFigure(change, lang, space),
  ]
}

/** "Totalt: 8 000 000 kr → 10 600 000 kr, +2 600 000 kr (+32,5 %)". */
export function describeTotal(total: AmountChange, lang: Language, space: FigureSpace): string {
  const [before, after, change, percent] = formatCells(total, lang, space)
  const gap = space === 'nbsp' ? '\u00a0' : ' '
  return `${lang === 'sv' ? 'Totalt' : 'Total'}: ${before}${gap}kr → ${after}${gap}kr, ${change}${gap}kr (${percent})`
}

/** Members right after their group (the engine lists a group's members after it already; members whose group has no row keep their place). */
function orderMembersUnderGroups(rows: readonly PartyComparisonRow[]): PartyComparisonRow[] {
  const groups = new Set(rows.filter((row) => row.kind === 'group').map((row) => row.id))
  const ordered: PartyComparisonRow[] = []
  for (const row of rows) {
    if (row.kind === 'member' && row.group !== undefined && groups.has(row.group)) continue
    ordered.push(row)
    if (row.kind === 'group') ordered.push(...rows.filter((member) => member.kind === 'member' && member.group === row.id))
  }
  return ordered
}
