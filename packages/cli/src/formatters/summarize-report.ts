import type { ChalkInstance } from 'chalk'
import type { Language } from '@fordela/parser'
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
  return lang === 'sv'
    ? `✔ Inga problem i ${files} ${files === 1 ? 'fil' : 'filer'}.`
    : `✔ No problems in ${files} ${files === 1 ? 'file' : 'files'}.`
}

/** How many findings were hidden, and by what; empty when none were. */
function describeHidden(report: LintReport, lang: Language): string {
  const { suppressedCount: suppressed, baselinedCount: baselined } = report
  const parts: string[] = []
  if (lang === 'sv') {
    // "fynd" is neuter: 1 fynd undantaget/dolt, 2 fynd undantagna/dolda.
    if (suppressed > 0) parts.push(`${suppressed} fynd ${suppressed === 1 ? 'undantaget' : 'undantagna'} med fordela-disable-next-line`)
    if (baselined > 0) parts.push(`${baselined} fynd ${baselined === 1 ? 'dolt' : 'dolda'} av baslinjen`)
    return parts.length === 0 ? '' : `(Dessutom: ${parts.join(', ')}.)`
  }
  if (suppressed > 0) parts.push(`${suppressed} ${suppressed === 1 ? 'finding' : 'findings'} suppressed with fordela-disable-next-line`)
  if (baselined > 0) parts.push(`${baselined} hidden by the baseline`)
  return parts.length === 0 ? '' : `(Also: ${parts.join(', ')}.)`
}
