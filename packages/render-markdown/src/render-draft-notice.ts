import type { Blockquote, Strong } from 'mdast'
import { blockquote, bulletList, paragraph, text } from './mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from './mdast/serialize-markdown.js'
import { noticeMessages } from './messages/notices.js'
import { say } from './messages/define-messages.js'

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
  // The memo is Swedish, whatever the language of the terminal that rendered it.
  const strong: Strong = { type: 'strong', children: [text(say('sv', noticeMessages.draftTitle))] }
  const lead = paragraph([strong, text(say('sv', noticeMessages.draftLead, { count: findings.length }))])
  const items = bulletList(findings.map((finding) => `${finding.place}: ${finding.message} (${finding.rule})`))
  return blockquote([lead, items])
}
