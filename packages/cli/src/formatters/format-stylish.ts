import { Chalk, type ChalkInstance } from 'chalk'
import { showControlCharacters, type Severity } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { describeSuggestions } from './describe-suggestions.js'
import { toDisplayPath } from '../report/display-path.js'
import type { FormatContext, LintReport, Position, ReportedDiagnostic } from '../report/lint-report.js'
import { nameSeverity } from '../report/severity-words.js'
import { renderCodeFrame } from './render-code-frame.js'
import { summarizeReport } from './summarize-report.js'

/**
 * The readable default: findings grouped by file, each as
 * `file:line:col  severity  message  rule-id` with its hint, a code frame
 * marking the span and its related places, then one summary line.
 */
export function formatStylish(report: LintReport, context: FormatContext): string {
  const paint = new Chalk({ level: context.colorLevel })
  const blocks: string[] = []
  for (const result of report.results) {
    if (result.diagnostics.length === 0) continue
    const path = showLineStartPath(toDisplayPath(report.root, context.cwd, result.file))
    const findings = result.diagnostics.map((diagnostic) =>
      describeDiagnostic(diagnostic, report.root, context, paint).join('\n'),
    )
    blocks.push(`${paint.underline(path)}\n${findings.join('\n\n')}`)
  }
  blocks.push(summarizeReport(report, context.lang, paint))
  return `${blocks.join('\n\n')}\n`
}

/** The lines of one finding, indented under its file. */
function describeDiagnostic(
  diagnostic: ReportedDiagnostic,
  root: string,
  context: FormatContext,
  paint: ChalkInstance,
): string[] {
  const { lang } = context
  const tint = severityPaint(diagnostic.severity, paint)
  const where = `${showControlCharacters(toDisplayPath(root, context.cwd, diagnostic.file))}:${formatPosition(diagnostic.region.start)}`
  const lines = [
    `  ${where}  ${tint(nameSeverity(diagnostic.severity, lang))}  ${showControlCharacters(diagnostic.message[lang])}  ${paint.dim(diagnostic.code)}`,
  ]
  const suggestion = describeSuggestions(diagnostic.suggestions, lang)
  if (suggestion) lines.push(`    ${showControlCharacters(suggestion)}`)
  if (diagnostic.hint)
    lines.push(
      `    ${paint.bold(`${say(lang, messages.cli.hintLabel)}:`)} ${showControlCharacters(diagnostic.hint[lang])}`,
    )
  const text = context.texts.get(diagnostic.file)
  if (text !== undefined) {
    const frame = renderCodeFrame(text, diagnostic.region, { gutter: paint.dim, marker: tint })
    lines.push(...frame.map((line) => `    ${line}`))
  }
  for (const related of diagnostic.related) {
    const place = `${showControlCharacters(toDisplayPath(root, context.cwd, related.file))}:${formatPosition(related.region.start)}`
    lines.push(`    ${say(lang, messages.cli.seeAlso)} ${place}: ${showControlCharacters(related.message[lang])}`)
  }
  return lines
}

/**
 * A file's path where it starts a line, control characters escaped, and
 * `./` in front of a name that starts with `:` so that a file named
 * `::warning …` never opens a line of the log as a workflow command would.
 */
function showLineStartPath(path: string): string {
  const shown = showControlCharacters(path)
  return shown.startsWith(':') ? `./${shown}` : shown
}

/** `line:column`. */
function formatPosition(position: Position): string {
  return `${position.line}:${position.column}`
}

/** The colour of a severity: red errors, yellow warnings, blue infos. */
function severityPaint(severity: Severity, paint: ChalkInstance): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue
}
