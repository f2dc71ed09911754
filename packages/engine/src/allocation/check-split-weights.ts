import { createDiagnostic, type Diagnostic } from '@fordela/parser'
import type { MemberWeights, WeightProblem } from './member-weights.js'

/**
 * A split by a measure needs every member's weight: a dataset for the parties
 * (`data/no-dataset-for-split`) that has the measure (`data/missing-measure`),
 * units for every member (`data/member-without-units`) and a value for every
 * unit (`data/missing-weight`). A missing weight is reported, never guessed.
 * Each group and measure is reported once, however many lines split by it.
 */
export function checkSplitWeights(weighings: readonly MemberWeights[]): Diagnostic[] {
  return weighings.flatMap((weights) => weights.problems.map((problem) => describeProblem(problem, weights)))
}

function describeProblem(problem: WeightProblem, { group, by }: MemberWeights): Diagnostic {
  switch (problem.type) {
    case 'no-dataset':
      return createDiagnostic('data/no-dataset-for-split', { group: group.id.value, measure: by }, group.id.at)
    case 'missing-measure':
      return createDiagnostic(
        'data/missing-measure',
        { dataset: problem.dataset, measure: by, measures: problem.measures.join(', ') },
        group.id.at,
      )
    case 'member-without-units':
      return createDiagnostic(
        'data/member-without-units',
        { member: problem.member.value, measure: by },
        problem.member.at,
      )
    case 'missing-weight':
      return createDiagnostic(
        'data/missing-weight',
        { unit: problem.unit.value, measure: by, dataset: problem.dataset },
        problem.unit.at,
      )
  }
}
