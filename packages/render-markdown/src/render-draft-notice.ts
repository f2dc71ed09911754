import type { Blockquote, Strong } from 'mdast'
import { blockquote, bulletList, paragraph, text } from './mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from './mdast/serialize-markdown.js'

/** One error a draft memo lists: where it is and what it says, in the memo's language. */
export interface DraftFinding {
  /** `file:line:column` of the finding, as lint prints it. */
  readonly place: string
  /** The rule id, e.g. `prose/claim-not-supported`. */
  readonly rule: string
  /** The finding's message. */
  readonly message: string
}

/**
 * The notice a memo carries at its very top while the spec, or a document
 * it reads, has errors that are not suppressed: a quote block headed
 * "Utkast — innehåller fel" that lists every error with its place and rule,
 * so no reader of the file can miss that its figures or words are not
 * settled. Every text is escaped like the rest of the memo.
 */
export function renderDraftNotice(findings: readonly DraftFinding[]): string {
  return serializeMarkdown(markdownTree([draftNoticeBlock(findings)]))
}

/** The notice of {@link renderDraftNotice} as an mdast block, for a document's tree. */
export function draftNoticeBlock(findings: readonly DraftFinding[]): Blockquote {
  const strong: Strong = { type: 'strong', children: [text('Utkast — innehåller fel.')] }
  const one = findings.length === 1
  const lead = paragraph([
    strong,
    text(
      ` Specifikationen som underlaget bygger på har ${one ? 'ett fel' : `${findings.length} fel`}. Underlaget ska inte användas som beslutsunderlag förrän ${one ? 'felet är rättat (fordela lint visar det)' : 'felen är rättade (fordela lint visar dem)'}:`,
    ),
  ])
  const items = bulletList(findings.map((finding) => `${finding.place}: ${finding.message} (${finding.rule})`))
  return blockquote([lead, items])
}
