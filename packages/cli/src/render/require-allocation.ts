import type { AllocationEvaluation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
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
    throw new UsageError(say(lang, messages.cliSpec.notASpec, { spec: shown }))
  }
  const evaluation = document.kind === 'Allocation' ? evaluated.evaluation.allocations.get(document) : undefined
  if (evaluation === undefined) {
    throw new UsageError(say(lang, messages.cliSpec.notAnAllocation, { spec: shown, kind: document.kind }))
  }
  return evaluation
}
