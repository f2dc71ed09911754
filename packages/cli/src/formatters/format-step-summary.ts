import { Chalk } from 'chalk'
import { toDisplayPath } from '../report/display-path.js'
import type { FormatContext, LintReport } from '../report/lint-report.js'
import { nameSeverity } from '../report/severity-words.js'
import { ruleDocsUrl } from '../rules/rule-docs-url.js'
import { summarizeReport } from './summarize-report.js'

const headings = {
  sv: ['Allvarlighet', 'Plats', 'Regel', 'Meddelande'],
  en: ['Severity', 'Location', 'Rule', 'Message'],
} as const

/**
 * Every finding as a Markdown table for `$GITHUB_STEP_SUMMARY`: GitHub shows
 * at most ten annotations of each kind per step, the job summary shows all.
 */
export function formatStepSummary(report: LintReport, context: FormatContext): string {
  const summary = summarizeReport(report, context.lang, new Chalk({ level: 0 })).split('\n')
  const lines = [`### fordela lint: ${escapeCell(summary[0] ?? '')}`, '']
  const rows = report.results.flatMap((result) => result.diagnostics)
  if (rows.length > 0) {
    const heading = headings[context.lang]
    lines.push(`| ${heading.join(' | ')} |`, `| ${heading.map(() => '---').join(' | ')} |`)
    for (const diagnostic of rows) {
      const { line, column } = diagnostic.region.start
      const place = `${toDisplayPath(report.root, context.cwd, diagnostic.file)}:${line}:${column}`
      const cells = [
        nameSeverity(diagnostic.severity, context.lang),
        `\`${escapeCell(place)}\``,
        `[\`${escapeCell(diagnostic.code)}\`](${ruleDocsUrl(diagnostic.code, context.lang)})`,
        escapeCell(diagnostic.message[context.lang]),
      ]
      lines.push(`| ${cells.join(' | ')} |`)
    }
    lines.push('')
  }
  for (const extra of summary.slice(1)) lines.push(escapeCell(extra), '')
  return `${lines.join('\n')}\n`
}

/**
 * Text made safe for one GFM table cell: no line breaks, no cell
 * separators, and no raw HTML from the specs' own text.
 */
function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ')
}
