import type { ChalkInstance } from 'chalk'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { LintReport } from '../report/lint-report.js'
import { countNoun } from '../report/severity-words.js'

/**
 * The closing line of the terminal report, as ESLint's:
 * `✖ 3 problem (2 fel, 1 varning)` or `✔ Inga problem i 5 filer.`, followed by
 * a line saying how many findings comments and the baseline hid, if any.
 */
export function summarizeReport(report: LintReport, lang: Language, paint: ChalkInstance): string {
  const total = report.errorCount + report.warningCount + report.infoCount
  const lines = [total === 0 ? paint.green(describeClean(report, lang)) : describeProblems(report, lang, paint)]
  const hidden = describeHidden(report, lang)
  if (hidden) lines.push(paint.dim(hidden))
  return lines.join('\n')
}

/** `✖ 3 problem (2 fel, 1 varning)`, red when there are errors. */
function describeProblems(report: LintReport, lang: Language, paint: ChalkInstance): string {
  const total = report.errorCount + report.warningCount + report.infoCount
  const parts = [countNoun(report.errorCount, 'error', lang), countNoun(report.warningCount, 'warning', lang)]
  if (report.infoCount > 0) parts.push(countNoun(report.infoCount, 'info', lang))
  const line = `✖ ${countNoun(total, 'problem', lang)} (${parts.join(', ')})`
  return report.errorCount > 0 ? paint.red.bold(line) : paint.yellow.bold(line)
}

/** `✔ Inga problem i 5 filer.` */
function describeClean(report: LintReport, lang: Language): string {
  const files = report.results.length
  return say(lang, messages.cli.noProblems, { files })
}

/** How many findings were hidden, and by what; empty when none were. */
function describeHidden(report: LintReport, lang: Language): string {
  const { suppressedCount: suppressed, baselinedCount: baselined } = report
  const parts: string[] = []
  if (suppressed > 0) parts.push(say(lang, messages.cli.hiddenBySuppression, { count: suppressed }))
  if (baselined > 0) parts.push(say(lang, messages.cli.hiddenByBaseline, { count: baselined }))
  return parts.length === 0 ? '' : say(lang, messages.cli.hiddenAlso, { parts: parts.join(', ') })
}
