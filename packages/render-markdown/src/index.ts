/**
 * @fordela/render-markdown — renders fördelningsspec documents as Markdown:
 * an allocation as its beslutsunderlag, an agreement as its distribution
 * table, an action plan as its handlingsplan. Pure functions of the parsed and
 * evaluated documents; every text from a spec is escaped by building an mdast
 * tree and serializing it with mdast-util-to-markdown.
 */
export { renderAllocation, type RenderedAllocation } from './allocation/render-allocation.js'
export type { RenderAllocationContext, RenderAllocationOptions } from './allocation/render-allocation-context.js'
export { formatAmountInWords } from './format/format-amount-in-words.js'
export { formatShareInWords } from './format/format-share-in-words.js'
export { renderAgreement, type RenderAgreementContext, type RenderedAgreement } from './agreement/render-agreement.js'
export { renderActionPlan, type RenderedActionPlan } from './action-plan/render-action-plan.js'
export type { PlanLinks } from './action-plan/plan-links.js'
export { renderDocument, type RenderDocumentOptions, type RenderedDocument } from './render-document.js'
export { renderDraftNotice, type DraftFinding } from './render-draft-notice.js'
export { isShownInDraft, listDraftFindings } from './list-draft-findings.js'
export { markdownTree, serializeMarkdown } from './mdast/serialize-markdown.js'
export { heading, inlineCode, link, paragraph, table, text, type ColumnAlign, type Inline } from './mdast/build-mdast-nodes.js'
export { messages, defineMessages, say, sayBoth, type Message, type MessageGroup } from './messages/index.js'
export { tabulatePartyTotals, type PartyTotals, type PartyTotalsRow } from './allocation/tabulate-party-totals.js'
