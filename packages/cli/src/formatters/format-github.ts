import { showControlCharacters, type Severity } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { toDisplayPath } from '../report/display-path.js'
import type { FormatContext, LintReport, ReportedDiagnostic } from '../report/lint-report.js'
import { describeSuggestions } from './describe-suggestions.js'
import { escapeCommandData, escapeCommandProperty } from '@fordela/render-markdown'

/** Workflow command for each severity. */
const commands: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
}

/**
 * GitHub Actions annotations, one workflow command per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`.
 * Paths are relative to the working directory, which in a workflow is the
 * repository checkout. GitHub shows only ten annotations of each kind per
 * step, so the lint command also writes {@link formatStepSummary}'s table.
 */
export function formatGithub(report: LintReport, context: FormatContext): string {
  const lines = report.results.flatMap((result) =>
    result.diagnostics.map((diagnostic) => formatAnnotation(diagnostic, report.root, context)),
  )
  return lines.map((line) => `${line}\n`).join('')
}

/** One `::error …::…` line. */
function formatAnnotation(diagnostic: ReportedDiagnostic, root: string, context: FormatContext): string {
  const { start, end } = diagnostic.region
  const properties = [
    ['file', showControlCharacters(toDisplayPath(root, context.cwd, diagnostic.file))],
    ['line', String(start.line)],
    ['col', String(start.column)],
    ['endLine', String(end.line)],
    ['endColumn', String(end.column)],
    ['title', diagnostic.code],
  ]
    .map(([key, value]) => `${key}=${escapeCommandProperty(value ?? '')}`)
    .join(',')
  const { lang } = context
  const suggestion = describeSuggestions(diagnostic.suggestions, lang)
  const hint = diagnostic.hint
    ? `\n${say(lang, messages.cli.hintLabel)}: ${showControlCharacters(diagnostic.hint[lang])}`
    : ''
  // GitHub shows an annotation at one place; the related ones (often the line a pull request changed,
  // when the finding sits on a fund) are named in its text so the reader finds them.
  const related = diagnostic.related.map(
    (place) =>
      `\n${say(lang, messages.cli.seeAlso)} ${toDisplayPath(root, context.cwd, place.file)}:${place.region.start.line}:${place.region.start.column}: ${showControlCharacters(place.message[lang])}`,
  )
  const text = `${showControlCharacters(diagnostic.message[lang])}${suggestion ? ` ${showControlCharacters(suggestion)}` : ''}${hint}${related.join('')}`
  return `::${commands[diagnostic.severity]} ${properties}::${escapeCommandData(text)}`
}
