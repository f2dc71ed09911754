import { messages, say } from '@fordela/render-markdown/messages'
import { toDisplayPath } from '../report/display-path.js'
import type { FileResult, FormatContext, LintReport, ReportedDiagnostic } from '../report/lint-report.js'
import { nameSeverity } from '../report/severity-words.js'
import { describeSuggestions } from './describe-suggestions.js'
import { escapeXml } from './escape-xml.js'

/**
 * A JUnit XML report for CI systems that show test results: one
 * `<testsuite>` per linted file, one `<testcase>` per finding with a
 * `<failure>` whose `type` is the severity (as ESLint's junit formatter
 * does), and one passing `<testcase>` for a file without findings so every
 * linted file is listed.
 */
export function formatJunit(report: LintReport, context: FormatContext): string {
  const findings = report.results.reduce((sum, result) => sum + result.diagnostics.length, 0)
  const tests = report.results.reduce((sum, result) => sum + Math.max(1, result.diagnostics.length), 0)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fordela" tests="${tests}" failures="${findings}" errors="0">`,
    ...report.results.flatMap((result) => formatSuite(result, report.root, context)),
    '</testsuites>',
  ]
  return `${lines.join('\n')}\n`
}

/** The `<testsuite>` of one file. */
function formatSuite(result: FileResult, root: string, context: FormatContext): string[] {
  const name = escapeXml(result.file)
  const count = result.diagnostics.length
  const open = `  <testsuite name="${name}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`
  if (count === 0) return [open, `    <testcase name="fordela" classname="${name}"/>`, '  </testsuite>']
  return [open, ...result.diagnostics.flatMap((diagnostic) => formatCase(diagnostic, root, context)), '  </testsuite>']
}

/** One finding as a failed `<testcase>`. */
function formatCase(diagnostic: ReportedDiagnostic, root: string, context: FormatContext): string[] {
  const { lang } = context
  const { line, column } = diagnostic.region.start
  const message = diagnostic.message[lang]
  const place = `${toDisplayPath(root, context.cwd, diagnostic.file)}:${line}:${column}`
  const body = [`${place}: ${nameSeverity(diagnostic.severity, lang)}: ${message} [${diagnostic.code}]`]
  const suggestion = describeSuggestions(diagnostic.suggestions, lang)
  if (suggestion) body.push(suggestion)
  if (diagnostic.hint) body.push(diagnostic.hint[lang])
  for (const related of diagnostic.related) {
    const at = `${toDisplayPath(root, context.cwd, related.file)}:${related.region.start.line}:${related.region.start.column}`
    body.push(`${say(lang, messages.cli.seeAlso)} ${at}: ${related.message[lang]}`)
  }
  return [
    `    <testcase name="${escapeXml(`${diagnostic.code} ${line}:${column}`)}" classname="${escapeXml(diagnostic.file)}">`,
    `      <failure type="${diagnostic.severity}" message="${escapeXml(message)}">${escapeXml(body.join('\n'))}</failure>`,
    '    </testcase>',
  ]
}
