import {
  createDiagnostic,
  defaultRegionReference,
  findDatasetUnitId,
  Rational,
  type DatasetDocument,
  type Diagnostic,
  type PartyGroup,
  type RegionReference,
} from '@fordela/parser'
import type { WeightUsed } from '../derivation/derivation.js'

/** The weights of a group's members for one split, in member order. */
export interface MemberWeights {
  readonly weights: readonly Rational[]
  /** Per member, the weight used (absent for an equal split). */
  readonly used: readonly (WeightUsed | undefined)[]
  readonly diagnostics: readonly Diagnostic[]
  /** False when a weight is missing: the split cannot be computed honestly. */
  readonly complete: boolean
}

/**
 * Computes each member's weight for `by`: `equal`, or the sum of a dataset
 * measure over the member's units (a kommunalförbund's weight is the
 * population of its kommuner). A member's unit is the dataset's unit of that
 * id or, for kommuner and län, of the same official code as `reference`
 * places them (`findDatasetUnitId`). A missing unit value is reported, never guessed.
 */
export function weighMembers(
  group: PartyGroup,
  by: string,
  dataset: DatasetDocument | undefined,
  reference: RegionReference = defaultRegionReference,
): MemberWeights {
  if (by === 'equal') {
    return { weights: group.members.map(() => Rational.ONE), used: group.members.map(() => undefined), diagnostics: [], complete: true }
  }
  const diagnostics: Diagnostic[] = []
  if (!dataset) {
    diagnostics.push(createDiagnostic('data/no-dataset-for-split', { group: group.id.value, measure: by }, group.id.at))
    return { weights: [], used: [], diagnostics, complete: false }
  }
  if (!dataset.measures.some((measure) => measure.id.value === by)) {
    diagnostics.push(
      createDiagnostic(
        'data/missing-measure',
        { dataset: dataset.id.value, measure: by, measures: dataset.measures.map((m) => m.id.value).join(', ') },
        group.id.at,
      ),
    )
    return { weights: [], used: [], diagnostics, complete: false }
  }
  const unitValues = lookUpUnitValues(dataset, by)
  let complete = true
  const sums = group.members.map((member) => {
    let sum = Rational.ZERO
    if (member.units.length === 0) {
      complete = false
      diagnostics.push(createDiagnostic('data/member-without-units', { member: member.id.value, measure: by }, member.id.at))
    }
    for (const unit of member.units) {
      const id = findDatasetUnitId(dataset, unit.value, reference)
      const value = id === undefined ? undefined : unitValues.get(id)
      if (value === undefined) {
        complete = false
        diagnostics.push(
          createDiagnostic('data/missing-weight', { unit: unit.value, measure: by, dataset: dataset.id.value }, unit.at),
        )
      } else sum = sum.add(value)
    }
    return sum
  })
  const total = sums.reduce((acc, value) => acc.add(value), Rational.ZERO)
  const used = sums.map((value) => ({ dataset: dataset.id.value, measure: by, value, total }))
  return { weights: sums, used, diagnostics, complete }
}

/** Per dataset, measure id → (unit id → value); a workspace weighs many groups against one dataset. */
const unitValuesByDataset = new WeakMap<DatasetDocument, Map<string, ReadonlyMap<string, Rational | undefined>>>()

/** Unit id → the value of `measure`, built once per dataset and measure rather than per group. */
function lookUpUnitValues(dataset: DatasetDocument, measure: string): ReadonlyMap<string, Rational | undefined> {
  let byMeasure = unitValuesByDataset.get(dataset)
  if (!byMeasure) {
    byMeasure = new Map()
    unitValuesByDataset.set(dataset, byMeasure)
  }
  let values = byMeasure.get(measure)
  if (!values) {
    values = new Map(dataset.units.map((unit) => [unit.id.value, unit.values.get(measure)?.value]))
    byMeasure.set(measure, values)
  }
  return values
}
