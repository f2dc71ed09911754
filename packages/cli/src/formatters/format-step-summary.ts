import { Chalk } from 'chalk'
import { renderFindingsSummary } from '@fordela/render-markdown'
import { toDisplayPath } from '../report/display-path.js'
import type { FormatContext, LintReport } from '../report/lint-report.js'
import { nameSeverity } from '../report/severity-words.js'
import { ruleDocsUrl } from '../rules/rule-docs-url.js'
import { summarizeReport } from './summarize-report.js'

/**
 * Every finding as a Markdown table for `$GITHUB_STEP_SUMMARY`, written by
 * the presentation package (`renderFindingsSummary`) from the report.
 */
export function formatStepSummary(report: LintReport, context: FormatContext): string {
  const [title = '', ...notes] = summarizeReport(report, context.lang, new Chalk({ level: 0 })).split('\n')
  const findings = report.results.flatMap((result) => result.diagnostics)
  return renderFindingsSummary({
    title,
    notes,
    lang: context.lang,
    findings: findings.map((diagnostic) => {
      const { line, column } = diagnostic.region.start
      return {
        severity: nameSeverity(diagnostic.severity, context.lang),
        place: `${toDisplayPath(report.root, context.cwd, diagnostic.file)}:${line}:${column}`,
        rule: diagnostic.code,
        ruleUrl: ruleDocsUrl(diagnostic.code, context.lang),
        message: diagnostic.message[context.lang],
      }
    }),
  })
}
