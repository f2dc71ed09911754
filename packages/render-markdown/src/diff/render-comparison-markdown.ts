import { Decimal } from 'decimal.js'
import type { PhrasingContent, RootContent } from 'mdast'
import type { AllocationComparison, ComparedAllocation, ComparisonReport } from '@fordela/engine'
import { formatKronor, type Language } from '@fordela/parser'
import {
  blockquote,
  bulletList,
  heading,
  inlineCode,
  link,
  paragraph,
  strong,
  table,
  text,
  type ColumnAlign,
  type Inline,
} from '../mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from '../mdast/serialize-markdown.js'
import { messages, say } from '../messages/index.js'
import { describeTotal, figureHeadings, listComparisonTables } from './format-comparison-tables.js'
import { measureUtf8Bytes } from './measure-utf8-bytes.js'

/** GitHub's limit on the body of a pull-request comment. */
export const githubCommentLimit = 65_535

/** How a comparison is written as Markdown. */
export interface ComparisonMarkdownOptions {
  readonly lang?: Language
  /** The longest text allowed, in UTF-8 bytes; GitHub's comment limit by default. */
  readonly maxBytes?: number
  /** Where the whole report is (a URL, or a command), named in the note when the text is cut short. */
  readonly fullReport?: string
  /** Warnings shown right under the heading, each as a quote: why the amounts may be wrong. */
  readonly warnings?: readonly string[]
}

/** The name column's text, the four figures right-aligned. */
const ALIGN: readonly (ColumnAlign | null)[] = [null, 'right', 'right', 'right', 'right']

/** A table's header row, shared by the units that hold its rows. */
interface TableHead {
  readonly cells: readonly Inline[]
}

/** What is kept or left out together: blocks, or one table row (the first of a table brings its header). */
type Unit =
  | { readonly kind: 'blocks'; readonly blocks: readonly RootContent[] }
  | { readonly kind: 'row'; readonly head: TableHead; readonly cells: readonly Inline[] }

/**
 * A comparison as Markdown fit for a pull-request comment: a heading, any
 * warnings, then per allocation pair a heading, its total, and tables of
 * funds, sections and parties. Built as mdast and written by the memo's
 * serializer, so spec text is escaped there and nowhere else. When the whole
 * would exceed `maxBytes` (measured in UTF-8 bytes, so it fits however
 * GitHub counts), table rows are left out from the end and a closing note
 * says how many and where the whole report is; the text never exceeds the
 * limit.
 */
export function renderComparisonMarkdown(report: ComparisonReport, options: ComparisonMarkdownOptions = {}): string {
  const lang = options.lang ?? 'sv'
  const head: RootContent[] = [
    heading(2, say(lang, messages.diff.heading)),
    ...(options.warnings ?? []).map((warning) =>
      blockquote([paragraph([strong(say(lang, messages.diff.warning)), text(` ${warning}`)])]),
    ),
  ]
  const units: Unit[] = [
    { kind: 'blocks', blocks: head },
    ...report.comparisons.flatMap((comparison) => listUnits(comparison, lang)),
    ...listLonely(report, lang),
  ]
  if (units.length === 1) units.push({ kind: 'blocks', blocks: [paragraph(say(lang, messages.diff.nothingToCompare))] })
  return fitUnits(units, options.maxBytes ?? githubCommentLimit, lang, options.fullReport)
}

/** The comparison as units: its heading and total, then each table row. */
function listUnits(comparison: AllocationComparison, lang: Language): Unit[] {
  const title = [...describeAllocation(comparison.before), text(' → '), ...describeAllocation(comparison.after)]
  const units: Unit[] = [
    { kind: 'blocks', blocks: [heading(3, title), paragraph(describeTotal(comparison.total, lang, 'nbsp'))] },
  ]
  for (const table of listComparisonTables(comparison, lang, 'nbsp')) {
    const head: TableHead = { cells: [table.heading, ...figureHeadings(lang)] }
    for (const row of table.rows)
      units.push({ kind: 'row', head, cells: [`${row.depth > 0 ? '↳ ' : ''}${row.name}`, ...row.cells] })
  }
  return units
}

function listLonely(report: ComparisonReport, lang: Language): Unit[] {
  const items = [
    ...report.added.map((allocation) => describeLonely(messages.diff.added, allocation, lang)),
    ...report.removed.map((allocation) => describeLonely(messages.diff.removed, allocation, lang)),
    ...(report.unchanged ?? []).map((allocation) => describeLonely(messages.diff.unchanged, allocation, lang)),
  ]
  return items.length === 0 ? [] : [{ kind: 'blocks', blocks: [bulletList(items)] }]
}

/** "Ny fördelning: Länsgemensamma medel 2026 (`vg/2026.yaml`)". */
function describeLonely(
  label: { readonly sv: string; readonly en: string },
  allocation: ComparedAllocation,
  lang: Language,
): PhrasingContent[] {
  return [text(`${say(lang, label)}: `), ...describeAllocation(allocation)]
}

/** "Länsgemensamma medel 2025 (`vg/2025.yaml`)". */
function describeAllocation(allocation: ComparedAllocation): PhrasingContent[] {
  return [text(`${allocation.title} (`), inlineCode(allocation.file), text(')')]
}

/**
 * All units, or as many as fit together with a note about the table rows
 * left out. A limit too small for even the heading and the note gives the
 * note alone.
 */
function fitUnits(units: readonly Unit[], maxBytes: number, lang: Language, fullReport: string | undefined): string {
  const whole = write(units, [])
  if (measureUtf8Bytes(whole) <= maxBytes) return whole
  const rows = (count: number) => units.slice(0, count).filter((unit) => unit.kind === 'row').length
  const total = rows(units.length)
  const withNote = (count: number) =>
    write(units.slice(0, count), [truncationNote(total - rows(count), maxBytes, lang, fullReport)])
  // More units never make the text shorter (a row outweighs the digit the note saves): find the most that fit.
  let [fits, fails] = [0, units.length]
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2)
    if (measureUtf8Bytes(withNote(middle)) <= maxBytes) fits = middle
    else fails = middle
  }
  return withNote(fits)
}

/** The kept units as Markdown: consecutive rows of one table make one table. */
function write(units: readonly Unit[], closing: readonly RootContent[]): string {
  const blocks: RootContent[] = []
  let open: { head: TableHead; rows: (readonly Inline[])[] } | undefined
  const close = () => {
    if (open) blocks.push(table(open.head.cells, open.rows, ALIGN))
    open = undefined
  }
  for (const unit of units) {
    if (unit.kind === 'blocks') {
      close()
      blocks.push(...unit.blocks)
      continue
    }
    if (open?.head !== unit.head) {
      close()
      open = { head: unit.head, rows: [] }
    }
    open.rows.push(unit.cells)
  }
  close()
  return serializeMarkdown(markdownTree([...blocks, ...closing]), { compactTables: true })
}

/** The closing note of a shortened comment. */
function truncationNote(
  omitted: number,
  maxBytes: number,
  lang: Language,
  fullReport: string | undefined,
): RootContent {
  const limit = formatKronor(new Decimal(maxBytes), { unit: 'none', space: 'plain' })
  const where: PhrasingContent[] =
    fullReport === undefined
      ? [
          text(`${say(lang, messages.diff.runDiff)} `),
          inlineCode('fordela diff'),
          text(` ${say(lang, messages.diff.withFormat)} `),
          inlineCode('--format text'),
        ]
      : /^https?:\/\/\S+$/u.test(fullReport)
        ? [link(fullReport, fullReport)]
        : [text(fullReport)]
  return blockquote([
    paragraph([
      strong(say(lang, messages.diff.shortened)),
      text(say(lang, messages.diff.shortenedNote, { limit, omitted })),
      ...where,
      text('.'),
    ]),
  ])
}
