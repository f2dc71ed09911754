import { createDiagnostic, suggestClosest, type Diagnostic } from '@fordela/parser'
import type { EvaluatedAllocation } from './check-allocation.js'
import { listEvaluatedLines } from './list-evaluated-lines.js'
import { listPartyIds } from './party-index.js'

/**
 * Every line that receives money must go to a party, group or member of the
 * parties document (`ref/unknown-party`, with the closest ids). Without a
 * parties document every line would be unknown; the missing document is
 * reported instead.
 */
export function checkPartyReferences(evaluation: EvaluatedAllocation): Diagnostic[] {
  const ids = listPartyIds(evaluation.parties)
  if (ids.length === 0) return []
  return listEvaluatedLines(evaluation.sections).flatMap(({ line }) =>
    evaluation.party(line.to.value)
      ? []
      : [
          createDiagnostic('ref/unknown-party', { id: line.to.value }, line.to.at, {
            suggestions: suggestClosest(line.to.value, ids),
          }),
        ],
  )
}
