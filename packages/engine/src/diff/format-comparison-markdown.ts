import { Decimal } from 'decimal.js'
import { formatKronor, type Language } from '@fordela/parser'
import type { AllocationComparison, ComparedAllocation } from './allocation-comparison.js'
import type { ComparisonReport } from './format-comparison-report.js'
import { describeTotal, figureHeadings, listComparisonTables } from './format-comparison-tables.js'
import { escapeMarkdownText, measureUtf8Bytes } from './format-markdown-text.js'

/** GitHub's limit on the body of a pull-request comment. */
export const githubCommentLimit = 65_535

/** How a comparison is written as Markdown. */
export interface ComparisonMarkdownOptions {
  readonly lang?: Language
  /** The longest text allowed, in UTF-8 bytes; GitHub's comment limit by default. */
  readonly maxBytes?: number
  /** Where the whole report is (a URL, or a command), named in the note when the text is cut short. */
  readonly fullReport?: string
}

/**
 * A comparison as Markdown fit for a pull-request comment: a heading per
 * allocation pair, its total, and tables of funds, sections and parties.
 * Spec text is escaped. When the whole would exceed `maxBytes` (measured
 * in UTF-8 bytes, so it fits however GitHub counts), table rows are left
 * out from the end and a closing note says how many and where the whole
 * report is; the text never exceeds the limit.
 */
export function formatComparisonMarkdown(report: ComparisonReport, options: ComparisonMarkdownOptions = {}): string {
  const lang = options.lang ?? 'sv'
  const units: Unit[] = [
    text([lang === 'sv' ? '## Förändringar i fördelningen' : '## Changes to the allocation']),
    ...report.comparisons.flatMap((comparison) => listUnits(comparison, lang)),
    ...listLonely(report, lang),
  ]
  if (units.length === 1) units.push(text(['', lang === 'sv' ? 'Inga fördelningar att jämföra.' : 'No allocations to compare.']))
  return fitUnits(units, options.maxBytes ?? githubCommentLimit, lang, options.fullReport)
}

/** Lines that are kept or left out together, and how many table rows they hold. */
interface Unit {
  readonly lines: readonly string[]
  readonly rows: number
}

function text(lines: readonly string[]): Unit {
  return { lines, rows: 0 }
}

/**
 * The comparison as units: its heading and total, each table's head with
 * its first row, then each further row.
 */
function listUnits(comparison: AllocationComparison, lang: Language): Unit[] {
  const title = `${describeAllocation(comparison.before)} → ${describeAllocation(comparison.after)}`
  const units = [text(['', `### ${title}`, '', escapeMarkdownText(describeTotal(comparison.total, lang, 'nbsp'))])]
  for (const table of listComparisonTables(comparison, lang, 'nbsp')) {
    const head = `| ${[table.heading, ...figureHeadings(lang)].join(' | ')} |`
    table.rows.forEach((row, index) => {
      const line = `| ${row.depth > 0 ? '↳ ' : ''}${escapeMarkdownText(row.name)} | ${row.cells.join(' | ')} |`
      units.push({ lines: index === 0 ? ['', head, '| --- | ---: | ---: | ---: | ---: |', line] : [line], rows: 1 })
    })
  }
  return units
}

function listLonely(report: ComparisonReport, lang: Language): Unit[] {
  const lines = [
    ...report.added.map((allocation) => `- ${lang === 'sv' ? 'Ny fördelning' : 'New allocation'}: ${describeAllocation(allocation)}`),
    ...report.removed.map((allocation) => `- ${lang === 'sv' ? 'Borttagen fördelning' : 'Removed allocation'}: ${describeAllocation(allocation)}`),
    ...(report.unchanged ?? []).map((allocation) => `- ${lang === 'sv' ? 'Oförändrad fördelning' : 'Unchanged allocation'}: ${describeAllocation(allocation)}`),
  ]
  return lines.length === 0 ? [] : [text(['', ...lines])]
}

/** "Länsgemensamma medel 2025 (`vg/2025.yaml`)", escaped. */
function describeAllocation(allocation: ComparedAllocation): string {
  return `${escapeMarkdownText(allocation.title)} (\`${allocation.file.replaceAll('`', '')}\`)`
}

/**
 * All units, or as many as fit together with a note about the table rows
 * left out; every line ends with a newline. A limit too small for even the
 * heading and the note gives the note alone.
 */
function fitUnits(units: readonly Unit[], maxBytes: number, lang: Language, fullReport: string | undefined): string {
  const whole = units.map((unit) => `${unit.lines.join('\n')}\n`)
  if (measureUtf8Bytes(whole.join('')) <= maxBytes) return whole.join('')
  let omitted = units.reduce((sum, unit) => sum + unit.rows, 0)
  let kept = ''
  for (const [index, unit] of units.entries()) {
    const candidate = kept + (whole[index] ?? '')
    if (measureUtf8Bytes(candidate + truncationNote(omitted - unit.rows, maxBytes, lang, fullReport)) > maxBytes) break
    kept = candidate
    omitted -= unit.rows
  }
  return kept + truncationNote(omitted, maxBytes, lang, fullReport)
}

/** The closing note of a shortened comment. */
function truncationNote(omitted: number, maxBytes: number, lang: Language, fullReport: string | undefined): string {
  const limit = formatKronor(new Decimal(maxBytes), { unit: 'none', space: 'plain' })
  const where = fullReport ?? (lang === 'sv' ? 'kör `fordela diff` med `--format text`' : 'run `fordela diff` with `--format text`')
  return lang === 'sv'
    ? `\n> **Avkortad:** kommentaren får vara högst ${limit} tecken, så ${omitted} tabellrader visas inte. Hela rapporten: ${where}.\n`
    : `\n> **Shortened:** the comment may be at most ${limit} characters, so ${omitted} table rows are not shown. The full report: ${where}.\n`
}
