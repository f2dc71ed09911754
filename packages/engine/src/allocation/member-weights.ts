import {
  defaultRegionReference,
  findDatasetUnitId,
  Rational,
  type DatasetDocument,
  type Located,
  type PartyGroup,
  type RegionReference,
} from '@fordela/parser'
import type { WeightUsed } from '../derivation/derivation.js'

/** Why a member's weight could not be computed; `check-split-weights.ts` reports each. */
export type WeightProblem =
  | { readonly type: 'no-dataset' }
  | { readonly type: 'missing-measure'; readonly dataset: string; readonly measures: readonly string[] }
  | { readonly type: 'member-without-units'; readonly member: Located<string> }
  | { readonly type: 'missing-weight'; readonly unit: Located<string>; readonly dataset: string }

/** The weights of a group's members for one split, in member order. */
export interface MemberWeights {
  readonly group: PartyGroup
  /** The measure split by, or `equal`. */
  readonly by: string
  readonly weights: readonly Rational[]
  /** Per member, the weight used (absent for an equal split). */
  readonly used: readonly (WeightUsed | undefined)[]
  /** What kept a weight from being computed, in member and unit order. */
  readonly problems: readonly WeightProblem[]
  /** False when a weight is missing: the split cannot be computed honestly. */
  readonly complete: boolean
}

/**
 * Computes each member's weight for `by`: `equal`, or the sum of a dataset
 * measure over the member's units (a kommunalförbund's weight is the
 * population of its kommuner). A member's unit is the dataset's unit of that
 * id or, for kommuner and län, of the same official code as `reference`
 * places them (`findDatasetUnitId`). A missing unit value is recorded as a
 * problem, never guessed.
 */
export function weighMembers(
  group: PartyGroup,
  by: string,
  dataset: DatasetDocument | undefined,
  reference: RegionReference = defaultRegionReference,
): MemberWeights {
  if (by === 'equal') {
    return {
      group,
      by,
      weights: group.members.map(() => Rational.ONE),
      used: group.members.map(() => undefined),
      problems: [],
      complete: true,
    }
  }
  if (!dataset) return { group, by, weights: [], used: [], problems: [{ type: 'no-dataset' }], complete: false }
  if (!dataset.measures.some((measure) => measure.id.value === by)) {
    const problem = {
      type: 'missing-measure' as const,
      dataset: dataset.id.value,
      measures: dataset.measures.map((m) => m.id.value),
    }
    return { group, by, weights: [], used: [], problems: [problem], complete: false }
  }
  const unitValues = lookUpUnitValues(dataset, by)
  const problems: WeightProblem[] = []
  const sums = group.members.map((member) => {
    let sum = Rational.ZERO
    if (member.units.length === 0) problems.push({ type: 'member-without-units', member: member.id })
    for (const unit of member.units) {
      const id = findDatasetUnitId(dataset, unit.value, reference)
      const value = id === undefined ? undefined : unitValues.get(id)
      if (value === undefined) problems.push({ type: 'missing-weight', unit, dataset: dataset.id.value })
      else sum = sum.add(value)
    }
    return sum
  })
  const total = sums.reduce((acc, value) => acc.add(value), Rational.ZERO)
  const used = sums.map((value) => ({ dataset: dataset.id.value, measure: by, value, total }))
  return { group, by, weights: sums, used, problems, complete: problems.length === 0 }
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
