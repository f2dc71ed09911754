import type {
  AgreementArea,
  AgreementColumn,
  AgreementDocument,
  DatasetDocument,
  DocumentRef,
  SpecDocument,
} from '@fordela/parser'
import { lowerFirst } from '../format/lower-first.js'

/** How an agreement's areas, columns, units and measures are named in text. */
export interface AgreementNames {
  /** "Område 1", or the area's title when it has no number. */
  areaLabel(area: AgreementArea): string
  /** "1. Genomförande av den nationella strategin". */
  areaHeading(area: AgreementArea): string
  /** A column's units inside a sentence: "län", "kommun". */
  unitNoun(column: AgreementColumn): string
  /** A measure of a column's dataset inside a sentence: "folkmängd"; the id when the dataset lacks it. */
  measure(column: AgreementColumn, measure: string): string
  /** A unit of a column as the national table names it: its dataset's name ("Skåne län"), else the id. */
  unit(column: AgreementColumn, id: string): string
  /** A unit or unit group named in an `except`: "storstadslänen", a län's name, or the id. */
  target(column: AgreementColumn, id: string): string
  /** The dataset of a column, when it resolves. */
  dataset(column: AgreementColumn): DatasetDocument | undefined
}

/**
 * Names for an agreement's parts. `resolve` finds the columns' datasets
 * (`workspace.resolve`); without it measures and units go by their ids.
 */
export function createAgreementNames(
  agreement: AgreementDocument,
  resolve: ((ref: DocumentRef) => SpecDocument | undefined) | undefined,
): AgreementNames {
  const dataset = (column: AgreementColumn) => {
    const document = column.dataset && resolve ? resolve(column.dataset) : undefined
    return document?.kind === 'Dataset' ? document : undefined
  }
  const unit = (column: AgreementColumn, id: string): string =>
    dataset(column)?.units.find((candidate) => candidate.id.value === id)?.name ?? id
  return {
    areaLabel: (area) => (area.number ? `Område ${area.number.value}` : area.title.value),
    areaHeading: (area) => (area.number ? `${area.number.value}. ${area.title.value}` : area.title.value),
    unitNoun: (column) => lowerFirst(column.title.value),
    measure: (column, id) => {
      const measure = dataset(column)?.measures.find((m) => m.id.value === id)
      if (measure) return lowerFirst(measure.title?.value ?? id)
      // A measure the dataset lacks has no name to show (data/missing-measure reports it): say so, not just the id.
      return `måttet "${id}", som datasetet saknar`
    },
    target: (column, id) => {
      const group = agreement.unitGroups.find((candidate) => candidate.id.value === id)
      if (group) return lowerFirst(group.title?.value ?? group.id.value)
      return unit(column, id)
    },
    unit,
    dataset,
  }
}
