import type { Root, RootContent } from 'mdast'
import type { AgreementEvaluation } from '@fordela/engine'
import type { DocumentRef, SpecDocument } from '@fordela/parser'
import { heading, paragraph } from '../mdast/build-mdast-nodes.js'
import { markdownTree, withMarkdown } from '../mdast/serialize-markdown.js'
import { renderDatasetSources } from '../datasets/render-dataset-sources.js'
import { createAgreementNames } from './agreement-names.js'
import { renderAgreementRules } from './render-agreement-rules.js'
import { renderDistributionTable } from './render-distribution-table.js'
import { renderUnitTables } from './render-unit-tables.js'

/** What an agreement is rendered with besides its evaluation. */
export interface RenderAgreementContext {
  /** Finds the columns' datasets (`workspace.resolve`), for measure titles and unit names; without it, ids. */
  readonly resolve?: (ref: DocumentRef) => SpecDocument | undefined
}

/** A rendered agreement. */
export interface RenderedAgreement {
  readonly markdown: string
  /** The mdast tree the Markdown is written from (the studio renders its preview from it). */
  readonly tree: Root
}

/**
 * Renders an evaluated agreement as Markdown: its title and parties, the
 * national table of areas × columns with row, column and grand totals, each
 * cell's rules in words, and per column with a dataset the amount of every
 * unit — or, for a cell that cannot be computed, why not — and *Underlag*:
 * each column's dataset with its date and source.
 */
export function renderAgreement(
  evaluation: AgreementEvaluation,
  context: RenderAgreementContext = {},
): RenderedAgreement {
  const agreement = evaluation.agreement
  const names = createAgreementNames(agreement, context.resolve)
  const blocks: RootContent[] = [heading(1, agreement.title.value)]
  if (agreement.signedBy.length > 0) {
    const parties = agreement.signedBy.map((party) => party.value)
    const joined = parties.length > 1 ? `${parties.slice(0, -1).join(', ')} och ${parties.at(-1)}` : parties.join('')
    blocks.push(paragraph(`Överenskommelse mellan ${joined} för ${agreement.year.value}.`))
  }
  if (agreement.source) blocks.push(paragraph(`Källa: ${agreement.source.value}`))
  blocks.push(
    ...renderDistributionTable(agreement, names),
    ...renderAgreementRules(agreement, names),
    ...renderUnitTables(evaluation, names),
    ...renderDatasetSources(
      agreement.columns.flatMap((column) => {
        const dataset = column.dataset ? context.resolve?.(column.dataset) : undefined
        return dataset?.kind === 'Dataset' ? [dataset] : []
      }),
      2,
      'Kolumnerna fördelas efter:',
    ),
  )
  const tree = markdownTree(blocks)
  return withMarkdown(tree, {})
}
