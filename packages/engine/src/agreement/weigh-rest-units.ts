import { createDiagnostic, relatedAt, Rational, type CellRule, type Diagnostic } from '@fordela/parser'
import type { WeightUsed } from '../derivation/derivation.js'
import type { ColumnUnits } from './column-units.js'

/** A `rest` rule of a cell. */
export type RestRule = Extract<CellRule, { readonly type: 'rest' }>

/** The weights a `rest` rule divides by, one per unit of the column. */
export interface RestWeights {
  readonly weights: readonly Rational[]
  /** Per unit, the dataset weight used (absent for an equal division or a single recipient). */
  readonly used: readonly (WeightUsed | undefined)[]
  readonly diagnostics: readonly Diagnostic[]
  /** False when a measure or a weight is missing: the division cannot be computed honestly. */
  readonly complete: boolean
}

/**
 * Reads every unit's weight for `by`: 1 each for `equal` (and for a single
 * recipient, who gets the whole rest), otherwise the unit's value of the
 * dataset measure. A missing measure or value is reported, never replaced by
 * another measure or a guess. One pass over the units.
 */
export function weighRestUnits(rule: RestRule, columnUnits: ColumnUnits): RestWeights {
  const { dataset, units } = columnUnits
  const by = rule.by.value
  if (by === 'equal' || !dataset) {
    return { weights: units.map(() => Rational.ONE), used: units.map(() => undefined), diagnostics: [], complete: true }
  }
  const datasetRef = columnUnits.column.dataset
  const related = datasetRef ? [relatedAt(datasetRef.at, { sv: 'kolumnens dataset', en: "the column's dataset" })] : []
  if (!dataset.measures.some((measure) => measure.id.value === by)) {
    const measures = dataset.measures.map((measure) => measure.id.value).join(', ')
    return {
      weights: [],
      used: [],
      diagnostics: [
        createDiagnostic('data/missing-measure', { dataset: dataset.id.value, measure: by, measures }, rule.by.at, {
          related,
        }),
      ],
      complete: false,
    }
  }
  const diagnostics: Diagnostic[] = []
  const weights = units.map((unit) => {
    const value = unit.row?.values.get(by)
    if (value) return value.value
    diagnostics.push(
      createDiagnostic('data/missing-weight', { unit: unit.id, measure: by, dataset: dataset.id.value }, rule.by.at, {
        related: unit.row
          ? [relatedAt(unit.row.at, { sv: 'enhetens rad i datasetet', en: "the unit's row in the dataset" })]
          : [],
      }),
    )
    return Rational.ZERO
  })
  if (diagnostics.length > 0) return { weights: [], used: [], diagnostics, complete: false }
  const total = Rational.sum(weights)
  if (total.isZero()) {
    const diagnostic = createDiagnostic(
      'agreement/rest-without-weight',
      { measure: by, dataset: dataset.id.value },
      rule.by.at,
      { related },
    )
    return { weights: [], used: [], diagnostics: [diagnostic], complete: false }
  }
  const used = weights.map((value) => ({ dataset: dataset.id.value, measure: by, value, total }))
  return { weights, used, diagnostics: [], complete: true }
}
