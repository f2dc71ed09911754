import { Chalk } from 'chalk'
import { heading, inlineCode, link, markdownTree, paragraph, serializeMarkdown, table, type Inline } from '@fordela/render-markdown'
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
 * Built as an mdast tree and serialized as the memo is, so text from a spec
 * (a key with a backtick, `[klick](https://…)`, `<img>`, a pipe, a line
 * break) is always text: never a link, markup or a new row.
 */
export function formatStepSummary(report: LintReport, context: FormatContext): string {
  const summary = summarizeReport(report, context.lang, new Chalk({ level: 0 })).split('\n')
  const blocks: Parameters<typeof markdownTree>[0][number][] = [heading(3, `fordela lint: ${summary[0] ?? ''}`)]
  const rows = report.results.flatMap((result) => result.diagnostics)
  if (rows.length > 0) {
    const cells = rows.map((diagnostic): Inline[] => {
      const { line, column } = diagnostic.region.start
      const place = `${toDisplayPath(report.root, context.cwd, diagnostic.file)}:${line}:${column}`
      return [
        nameSeverity(diagnostic.severity, context.lang),
        [inlineCode(place)],
        [link(ruleDocsUrl(diagnostic.code, context.lang), [inlineCode(diagnostic.code)])],
        diagnostic.message[context.lang],
      ]
    })
    blocks.push(table(headings[context.lang], cells, [null, null, null, null]))
  }
  for (const extra of summary.slice(1)) blocks.push(paragraph(extra))
  // The serializer writes the shortest delimiter row ("| - |"); the summary's other tables, which the action writes, use "| --- |".
  const markdown = serializeMarkdown(markdownTree(blocks), { compactTables: true }).replace(/^\|(?: - \|)+$/mu, (row) => row.replaceAll(' - ', ' --- '))
  return `${markdown}\n`
}
