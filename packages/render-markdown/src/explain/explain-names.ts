import type { AllocationEvaluation } from '@fordela/engine'
import type { DocumentRef, SpecDocument } from '@fordela/parser'
import { createAgreementNames } from '../agreement/agreement-names.js'
import { nameAgreementUnit } from './name-agreement-unit.js'

/** Finds a document of the workspace by its id (`workspace.documentById`). */
export type DocumentLookup = (id: string) => SpecDocument | undefined

/** Finds the document a reference names, by id or path (`workspace.resolve`). */
export type DocumentResolver = (ref: DocumentRef) => SpecDocument | undefined

/** An agreement's column, as an `agreement-cell` derivation step names it. */
export interface CellColumn {
  /** The agreement's id. */
  readonly agreement: string
  readonly column: string
}

/** How a trace names what a derivation refers to by id. */
export interface ExplainNames {
  /** A party, group or member: its full name, else the id. */
  recipient(id: string): string
  /** A fund: its title, else the id. */
  fund(id: string): string
  /**
   * A unit of an agreement column, as `nameAgreementUnit` names it: by the
   * column's dataset (its `dataset:`, as the memo reads it), else by the
   * dataset `datasetId` the cell's weighted rule read, else a
   * single-recipient column's recipient, else the county's name (for the
   * county), else the code.
   */
  unit(unit: string, cell: CellColumn, datasetId: string | undefined): string
  /** A dataset measure, lower-case as it reads after "efter": "folkmängd", else the id. */
  measure(datasetId: string, measureId: string): string
  /** An agreement area as a trace refers to it: its number ("3"), else its id. */
  area(agreementId: string, areaId: string): string
  /** An agreement column's title, else the id. */
  column(agreementId: string, columnId: string): string
}

/**
 * The names a trace uses for an evaluated allocation. Without `lookup`
 * the agreement's and datasets' parts are named by id; without `resolve`
 * an agreement column's `dataset:` is not followed, so a cell's units are
 * named by its weighted rule's dataset only.
 */
export function createExplainNames(
  evaluation: AllocationEvaluation,
  lookup?: DocumentLookup,
  resolve?: DocumentResolver,
): ExplainNames {
  const find = <K extends SpecDocument['kind']>(
    id: string,
    kind: K,
  ): Extract<SpecDocument, { kind: K }> | undefined => {
    const document = lookup?.(id)
    return document?.kind === kind ? (document as Extract<SpecDocument, { kind: K }>) : undefined
  }
  return {
    recipient(id) {
      const ref = evaluation.party(id)
      if (!ref) return id
      return ref.type === 'group' ? ref.group.name.value : ref.party.name.value
    },
    fund(id) {
      const fund = evaluation.allocation.funds.find((candidate) => candidate.id.value === id)
      return fund?.title?.value ?? id
    },
    unit(unit, cell, datasetId) {
      const agreement = find(cell.agreement, 'Agreement')
      const column = agreement?.columns.find((candidate) => candidate.id.value === cell.column)
      const dataset =
        (agreement && column ? createAgreementNames(agreement, resolve).dataset(column) : undefined) ??
        (datasetId === undefined ? undefined : find(datasetId, 'Dataset'))
      return nameAgreementUnit(unit, dataset, evaluation.parties?.county, column)
    },
    measure(datasetId, measureId) {
      const title = find(datasetId, 'Dataset')?.measures.find((candidate) => candidate.id.value === measureId)?.title
        ?.value
      return title === undefined ? measureId : title.charAt(0).toLocaleLowerCase('sv') + title.slice(1)
    },
    area(agreementId, areaId) {
      const area = find(agreementId, 'Agreement')?.areas.find((candidate) => candidate.id.value === areaId)
      return area?.number ? String(area.number.value) : areaId
    },
    column(agreementId, columnId) {
      const column = find(agreementId, 'Agreement')?.columns.find((candidate) => candidate.id.value === columnId)
      return column?.title.value ?? columnId
    },
  }
}
