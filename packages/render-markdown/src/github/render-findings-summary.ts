import type { RootContent } from 'mdast'
import type { Language } from '@fordela/parser'
import { heading, inlineCode, link, paragraph, table, type Inline } from '../mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from '../mdast/serialize-markdown.js'
import { messages, say } from '../messages/index.js'

/** One finding as the job summary lists it. */
export interface SummaryFinding {
  /** The severity in the reader's words ("fel", "varning"). */
  readonly severity: string
  /** "vg/fordelning.yaml:4:9". */
  readonly place: string
  readonly rule: string
  /** The rule's documentation page. */
  readonly ruleUrl: string
  readonly message: string
}

/** What `fordela lint` writes to `$GITHUB_STEP_SUMMARY`. */
export interface FindingsSummary {
  /** The heading after "fordela lint: ", the report's closing line ("✖ 3 problem (1 fel, …)"). */
  readonly title: string
  readonly findings: readonly SummaryFinding[]
  /** Lines after the table (what comments and the baseline hid). */
  readonly notes: readonly string[]
  readonly lang: Language
}

/**
 * Every finding as a Markdown table for `$GITHUB_STEP_SUMMARY`: GitHub shows
 * at most ten annotations of each kind per step, the job summary shows all.
 * Built as an mdast tree and serialized as the memo is, so text from a spec
 * (a key with a backtick, `[klick](https://…)`, `<img>`, a pipe, a line
 * break) is always text: never a link, markup or a new row. Ends with a
 * blank line, so the next section of the summary starts apart.
 */
export function renderFindingsSummary(summary: FindingsSummary): string {
  const { lang } = summary
  const blocks: RootContent[] = [heading(3, `fordela lint: ${summary.title}`)]
  if (summary.findings.length > 0) {
    const rows = summary.findings.map((finding): Inline[] => [
      finding.severity,
      [inlineCode(finding.place)],
      [link(finding.ruleUrl, [inlineCode(finding.rule)])],
      finding.message,
    ])
    const headings = [
      messages.github.severity,
      messages.github.location,
      messages.github.rule,
      messages.github.message,
    ].map((words) => say(lang, words))
    blocks.push(table(headings, rows, [null, null, null, null]))
  }
  for (const note of summary.notes) blocks.push(paragraph(note))
  return `${serializeMarkdown(markdownTree(blocks), { compactTables: true })}\n`
}
