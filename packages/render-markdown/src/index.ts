/**
 * @fordela/render-markdown — fordela's presentation: renders fördelningsspec
 * documents as Markdown (an allocation as its beslutsunderlag, an agreement
 * as its distribution table, an action plan as its handlingsplan), explains
 * amounts (`fordela explain`), writes comparisons (`fordela diff`) as text,
 * Markdown and JSON, and the GitHub job summaries and pull-request comment.
 * Pure functions of the parsed and evaluated documents; every Markdown text
 * is an mdast tree serialized once with mdast-util-to-markdown, which escapes
 * whatever comes from a spec; every word is in the message catalogue.
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
export { listDraftFindings, listReadFiles } from './list-draft-findings.js'
export { markdownTree, serializeMarkdown } from './mdast/serialize-markdown.js'
export {
  heading,
  inlineCode,
  link,
  paragraph,
  table,
  text,
  type ColumnAlign,
  type Inline,
} from './mdast/build-mdast-nodes.js'
export { messages, defineMessages, say, sayBoth, type Message, type MessageGroup } from './messages/index.js'
export { tabulatePartyTotals, type PartyTotals, type PartyTotalsRow } from './allocation/tabulate-party-totals.js'
export { explainAllocationData, type ExplainDataOptions, type JsonValue } from './explain/explain-allocation-data.js'
export { explainAgreementData } from './explain/explain-agreement-data.js'
export type { DocumentLookup, DocumentResolver } from './explain/explain-names.js'
export { formatTraceText, type TraceNode } from './explain/trace-node.js'
export { traceAllocation, type ExplainOptions } from './explain/trace-allocation.js'
export { traceAgreement, type AgreementExplainOptions } from './explain/trace-agreement-unit.js'
export { traceLines } from './explain/trace-lines.js'
export { comparisonFormatVersion, formatComparisonData } from './diff/format-comparison-data.js'
export { formatComparisonText } from './diff/format-comparison-text.js'
export { describeSpecErrors, type ComparedSpecErrors } from './diff/describe-spec-errors.js'
export {
  renderComparisonMarkdown,
  githubCommentLimit,
  type ComparisonMarkdownOptions,
} from './diff/render-comparison-markdown.js'
export { escapeCommandData, escapeCommandProperty } from './github/escape-workflow-command.js'
export { renderFindingsSummary, type FindingsSummary, type SummaryFinding } from './github/render-findings-summary.js'
export { describeRenderProblem, renderCheckSummary, type RenderCheck } from './github/render-check-summary.js'
export { commentLimit, commentMarker, renderDiffComment } from './github/render-diff-comment.js'
