import { fileURLToPath } from 'node:url'
import { pinExports } from '../../../test/exports/pin-exports.js'

// The public API of @fordela/render-markdown: every entry of package.json "exports" and what it exports at run
// time (type-only exports have no run-time name). A change here is a change for every user of the
// package: when it is meant, update this list in the same commit (and say so in its changeset).
pinExports(fileURLToPath(new URL('..', import.meta.url)), {
  '.': {
    commentLimit: 'number',
    commentMarker: 'string',
    comparisonFormatVersion: 'number',
    defineMessages: 'function',
    describeRenderProblem: 'function',
    describeSpecErrors: 'function',
    escapeCommandData: 'function',
    escapeCommandProperty: 'function',
    explainAgreementData: 'function',
    explainAllocationData: 'function',
    formatAmountInWords: 'function',
    formatComparisonData: 'function',
    formatComparisonText: 'function',
    formatShareInWords: 'function',
    formatTraceText: 'function',
    githubCommentLimit: 'number',
    heading: 'function',
    inlineCode: 'function',
    link: 'function',
    listDraftFindings: 'function',
    listReadFiles: 'function',
    markdownTree: 'function',
    messages: 'object',
    paragraph: 'function',
    renderActionPlan: 'function',
    renderAgreement: 'function',
    renderAllocation: 'function',
    renderCheckSummary: 'function',
    renderComparisonMarkdown: 'function',
    renderDiffComment: 'function',
    renderDocument: 'function',
    renderDraftNotice: 'function',
    renderFindingsSummary: 'function',
    say: 'function',
    sayBoth: 'function',
    serializeMarkdown: 'function',
    table: 'function',
    tabulatePartyTotals: 'function',
    text: 'function',
    traceAgreement: 'function',
    traceAllocation: 'function',
    traceLines: 'function',
  },
  // The message catalogue alone, for the CLI's start-up: the same four names as in ".", nothing of the renderer.
  './messages': {
    defineMessages: 'function',
    messages: 'object',
    say: 'function',
    sayBoth: 'function',
  },
})
