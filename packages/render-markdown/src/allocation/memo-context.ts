import type { AllocationEvaluation, FundEvaluation, WeightUsed } from '@fordela/engine'
import type {
  AgreementColumn,
  AgreementDocument,
  DatasetDocument,
  DocumentRef,
  SpecDocument,
  StrategyDocument,
} from '@fordela/parser'
import { createAgreementNames } from '../agreement/agreement-names.js'
import { nameAgreementUnit } from '../explain/name-agreement-unit.js'
import type { PlaceholderSource } from '../prose/render-prose.js'
import type { RenderAllocationContext } from './render-allocation-context.js'

/** Everything the memo's sections read, resolved once. */
export interface MemoContext {
  readonly evaluation: AllocationEvaluation
  readonly placeholders: PlaceholderSource
  readonly strategy?: StrategyDocument
  /** The agreement the allocation names, for its goals' area numbers and titles. */
  readonly agreement?: AgreementDocument
  /** The parties' dataset, whose measures weigh a split among a group's members. */
  readonly partiesDataset?: DatasetDocument
  /** A fund by id. */
  fund(id: string): FundEvaluation | undefined
  /** A fund's title, or its id. */
  fundTitle(id: string): string
  /**
   * The agreement a fund's `from:` reads its cell from: its own
   * (`from.agreement`) or else the allocation's, resolved as the engine does.
   */
  fundAgreement(id: string): AgreementDocument | undefined
  /** An agreement by id: the allocation's or a fund's own, else the workspace's document of that id. */
  agreementById(id: string): AgreementDocument | undefined
  /** A measure of the parties' dataset by its title ("Folkmängd"), or its id. */
  measureTitle(id: string): string
  /**
   * The measure a division weighed by, titled by the dataset it was read
   * from (an agreement column's, the parties'): "Folkmängd", else its id.
   */
  weightTitle(weight: WeightUsed): string
  /**
   * A unit of an agreement column (a län, a region) as `nameAgreementUnit`
   * names it, by the column's dataset ("Skåne län") or a single-recipient
   * column's recipient, as `fordela explain` does; its id when the agreement,
   * the column or the name cannot be found.
   */
  agreementUnit(cell: AgreementColumnRef, unit: string): string
}

/** An agreement's column, as an `agreement-cell` derivation step names it. */
export interface AgreementColumnRef {
  /** The agreement's id. */
  readonly agreement: string
  readonly column: string
}

/** Resolves the documents the memo names and indexes the funds. */
export function createMemoContext(evaluation: AllocationEvaluation, context: RenderAllocationContext): MemoContext {
  const allocation = evaluation.allocation
  const resolveAs = <K extends SpecDocument['kind']>(kind: K, ref: DocumentRef | undefined) => {
    const document = ref && context.resolve ? context.resolve(ref) : undefined
    return document?.kind === kind ? (document as Extract<SpecDocument, { kind: K }>) : undefined
  }
  const strategy = context.strategy ?? resolveAs('Strategy', allocation.strategy)
  const agreement = resolveAs('Agreement', allocation.agreement)
  const partiesDataset = resolveAs('Dataset', evaluation.parties?.dataset)
  const funds = new Map(evaluation.funds.map((fund) => [fund.fund.id.value, fund]))
  // A fund may name another agreement than the allocation's: resolve its own reference, as the engine reads its cell.
  const fundAgreements = new Map(
    allocation.funds.map((fund) => [
      fund.id.value,
      fund.from?.agreement ? resolveAs('Agreement', fund.from.agreement) : agreement,
    ]),
  )
  const agreements = [agreement, ...fundAgreements.values()].filter((document) => document !== undefined)
  const byId = <T extends SpecDocument>(known: readonly T[], kind: T['kind'], id: string) =>
    known.find((document) => document.id.value === id) ??
    (resolveAs(kind, { value: id, at: allocation.id.at }) as T | undefined)
  const agreementById = (id: string) => byId(agreements, 'Agreement', id)
  const columnDataset = (document: AgreementDocument, column: AgreementColumn) =>
    createAgreementNames(document, context.resolve).dataset(column)
  const datasets = [
    ...(partiesDataset ? [partiesDataset] : []),
    ...agreements.flatMap((document) => document.columns.flatMap((column) => columnDataset(document, column) ?? [])),
  ]
  return {
    evaluation,
    placeholders: { evaluation, texts: context.texts },
    ...(strategy ? { strategy } : {}),
    ...(agreement ? { agreement } : {}),
    ...(partiesDataset ? { partiesDataset } : {}),
    fund: (id) => funds.get(id),
    fundTitle: (id) => funds.get(id)?.fund.title?.value ?? id,
    fundAgreement: (id) => fundAgreements.get(id),
    agreementById,
    measureTitle: (id) => titleMeasure(partiesDataset, id),
    weightTitle: (weight) => titleMeasure(byId(datasets, 'Dataset', weight.dataset), weight.measure),
    agreementUnit(cell, unit) {
      const document = agreementById(cell.agreement)
      const column = document?.columns.find((candidate) => candidate.id.value === cell.column)
      const dataset = document && column ? columnDataset(document, column) : undefined
      return nameAgreementUnit(unit, dataset, evaluation.parties?.county, column)
    },
  }
}

/** A measure of a dataset by its title, or its id. */
function titleMeasure(dataset: DatasetDocument | undefined, id: string): string {
  return dataset?.measures.find((measure) => measure.id.value === id)?.title?.value ?? id
}
