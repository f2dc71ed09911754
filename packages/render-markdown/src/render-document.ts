import type { Root, RootContent } from 'mdast'
import type { WorkspaceEvaluation } from '@fordela/engine'
import type { Diagnostic, DocumentRef, SpecDocument } from '@fordela/parser'
import { renderActionPlan } from './action-plan/render-action-plan.js'
import { renderAgreement } from './agreement/render-agreement.js'
import { renderAllocation } from './allocation/render-allocation.js'
import type { RenderAllocationOptions } from './allocation/render-allocation-context.js'
import { markdownTree, withMarkdown } from './mdast/serialize-markdown.js'
import { draftNoticeBlock, type DraftFinding } from './render-draft-notice.js'

/** A rendered document: its Markdown and the findings rendering produced. */
export interface RenderedDocument {
  readonly markdown: string
  /** The mdast tree the Markdown is written from (the studio renders its preview from it). */
  readonly tree: Root
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Renders one document of an evaluated workspace with everything it refers
 * to: an Allocation as its beslutsunderlag, an Agreement as its distribution
 * table, an ActionPlan as its handlingsplan. This is the one way the CLI and
 * the golden files render, so both give the same bytes. With `options.draft`
 * the document carries, right under its title, a notice listing those errors.
 *
 * @returns undefined for the kinds that have no rendering (Parties, Dataset,
 *   Strategy) and for a document the evaluation does not hold.
 */
export function renderDocument(
  evaluation: WorkspaceEvaluation,
  document: SpecDocument,
  options: RenderDocumentOptions = {},
): RenderedDocument | undefined {
  const rendered = renderKind(evaluation, document, options)
  if (!rendered || !options.draft || options.draft.length === 0) return rendered
  const tree = insertAfterTitle(rendered.tree, draftNoticeBlock(options.draft))
  return withMarkdown(tree, { diagnostics: rendered.diagnostics })
}

/** The tree with `block` right under its `# title` (or first, without one). */
function insertAfterTitle(tree: Root, block: RootContent): Root {
  const [first, ...rest] = tree.children
  const titled = first?.type === 'heading' && first.depth === 1
  return markdownTree(titled ? [first, block, ...rest] : [block, ...tree.children])
}

/** How a document is rendered: the allocation options, and the errors a draft lists at its top. */
export interface RenderDocumentOptions extends RenderAllocationOptions {
  /** Unsuppressed errors of the spec and what it reads: the memo opens with "Utkast — innehåller fel" listing them. */
  readonly draft?: readonly DraftFinding[]
}

function renderKind(
  evaluation: WorkspaceEvaluation,
  document: SpecDocument,
  options: RenderAllocationOptions,
): RenderedDocument | undefined {
  const workspace = evaluation.workspace
  const resolve = (ref: DocumentRef) => workspace.resolve(ref)
  switch (document.kind) {
    case 'Allocation': {
      const allocation = evaluation.allocations.get(document)
      return allocation ? renderAllocation(allocation, { texts: workspace.texts, resolve, options }) : undefined
    }
    case 'Agreement': {
      const agreement = evaluation.agreements.get(document)
      return agreement ? withMarkdown(renderAgreement(agreement, { resolve }).tree, { diagnostics: [] }) : undefined
    }
    case 'ActionPlan': {
      const agreement = document.agreement ? workspace.resolve(document.agreement) : undefined
      const strategy = document.strategy ? workspace.resolve(document.strategy) : undefined
      const allocationDocument = document.allocation ? workspace.resolve(document.allocation) : undefined
      const allocation =
        allocationDocument?.kind === 'Allocation' ? evaluation.allocations.get(allocationDocument) : undefined
      const links = {
        ...(agreement?.kind === 'Agreement' ? { agreement } : {}),
        ...(strategy?.kind === 'Strategy' ? { strategy } : {}),
        ...(allocation ? { allocation } : {}),
      }
      return withMarkdown(renderActionPlan(document, links).tree, { diagnostics: [] })
    }
    default:
      return undefined
  }
}
