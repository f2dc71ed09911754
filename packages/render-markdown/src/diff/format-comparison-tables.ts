import type { AllocationComparison, AmountChange, ComparisonRow, PartyComparisonRow } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import { formatChangeFigure, formatPercentFigure, formatSideFigure, type FigureSpace } from './format-change-figures.js'

/** One row of a comparison table: a name (members one level in) and four figures. */
export interface ComparisonTableRow {
  readonly name: string
  /** 1 for a member of a group, shown under it. */
  readonly depth: 0 | 1
  /** Before, after, change and percent, formatted. */
  readonly cells: readonly [string, string, string, string]
}

/** A comparison table: funds, sections, parties or one fund's parties. */
export interface ComparisonTable {
  /** The first column's heading: "Fond", "Avsnitt", "Part", "Ur fonden Potten". */
  readonly heading: string
  readonly rows: readonly ComparisonTableRow[]
}

/** The headings of the four figure columns. */
export function figureHeadings(lang: Language): readonly string[] {
  return [messages.diff.before, messages.diff.after, messages.diff.change, messages.diff.percent].map((heading) =>
    say(lang, heading),
  )
}

/**
 * The tables of a comparison in reading order: funds, then sections, then
 * parties, then, when a recipient's amount changed in more than one fund,
 * who gains and who loses in each fund (so a gain in one fund and a loss in
 * another are not hidden in a party's net). Members follow their group one
 * level in.
 */
export function listComparisonTables(
  comparison: AllocationComparison,
  lang: Language,
  space: FigureSpace,
): ComparisonTable[] {
  const plain = (row: ComparisonRow): ComparisonTableRow => ({
    name: row.name,
    depth: 0,
    cells: formatCells(row, lang, space),
  })
  const party = (row: PartyComparisonRow): ComparisonTableRow => ({
    name: row.name,
    depth: row.kind === 'member' ? 1 : 0,
    cells: formatCells(row, lang, space),
  })
  // Per fund only when a recipient's money moved in more than one fund: otherwise its net row says it all.
  const byFund = hidesChangesInNet(comparison) ? comparison.partiesByFund : []
  return [
    { heading: say(lang, messages.diff.funds), rows: comparison.funds.map(plain) },
    { heading: say(lang, messages.diff.sections), rows: comparison.sections.map(plain) },
    { heading: say(lang, messages.diff.parties), rows: orderMembersUnderGroups(comparison.parties).map(party) },
    ...byFund.map((fund) => ({
      heading: say(lang, messages.diff.partiesIn, { fund: fund.name }),
      rows: orderMembersUnderGroups(fund.parties).map(party),
    })),
  ]
}

/** Before, after, change and percent of one row. */
export function formatCells(
  change: AmountChange,
  lang: Language,
  space: FigureSpace,
): [string, string, string, string] {
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
  return `${say(lang, messages.diff.total)}: ${before}${gap}kr → ${after}${gap}kr, ${change}${gap}kr (${percent})`
}

/** Members right after their group (the engine lists a group's members after it already; members whose group has no row keep their place). */
function orderMembersUnderGroups(rows: readonly PartyComparisonRow[]): PartyComparisonRow[] {
  const groups = new Set(rows.filter((row) => row.kind === 'group').map((row) => row.id))
  const ordered: PartyComparisonRow[] = []
  for (const row of rows) {
    if (row.kind === 'member' && row.group !== undefined && groups.has(row.group)) continue
    ordered.push(row)
    if (row.kind === 'group')
      ordered.push(...rows.filter((member) => member.kind === 'member' && member.group === row.id))
  }
  return ordered
}

/** Whether some recipient's amount changed in more than one fund, so its net row sums changes the reader should see apart. */
function hidesChangesInNet(comparison: AllocationComparison): boolean {
  const funds = new Map<string, number>()
  for (const fund of comparison.partiesByFund)
    for (const row of fund.parties) funds.set(row.id, (funds.get(row.id) ?? 0) + 1)
  return [...funds.values()].some((count) => count > 1)
}
