import type { AllocationEvaluation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { UsageError } from '../errors.js'
import type { EvaluatedSpec } from './evaluate-spec.js'

/**
 * The evaluated allocation of a spec, for commands that work on one
 * (`explain`, `diff`). A file that is no allocation is a usage error naming
 * its kind; a file fordela cannot read at all is one too, pointing at
 * `fordela lint` for the reasons.
 */
export function requireAllocation(evaluated: EvaluatedSpec, shown: string, lang: Language): AllocationEvaluation {
  const { document } = evaluated
  if (document === undefined) {
    throw new UsageError(
      lang === 'sv'
        ? `${shown}: filen kan inte läsas som en fördelningsspec; kör fordela lint ${shown} för att se varför.`
        : `${shown}: the file cannot be read as a fördelningsspec; run fordela lint ${shown} to see why.`,
    )
  }
  const evaluation = document.kind === 'Allocation' ? evaluated.evaluation.allocations.get(document) : undefined
  if (evaluation === undefined) {
    throw new UsageError(
      lang === 'sv'
        ? `${shown}: är ett dokument av slaget ${document.kind}, men här behövs en fördelning (Allocation).`
        : `${shown}: is a document of kind ${document.kind}, but an allocation (Allocation) is needed here.`,
    )
  }
  return evaluation
}
