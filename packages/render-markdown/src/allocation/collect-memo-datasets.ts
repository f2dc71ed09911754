import type { DatasetDocument, SpecDocument } from '@fordela/parser'
import type { Derivation } from '@fordela/engine'
import type { MemoContext } from './memo-context.js'

/**
 * The datasets whose weights the memo's amounts rest on: those of the
 * agreement cells the funds come from and those of every split, in the
 * order the memo first uses them. A dataset that cannot be resolved is left
 * out (lint reports the reference).
 */
export function collectMemoDatasets(
  memo: MemoContext,
  findById: (id: string) => SpecDocument | undefined,
): DatasetDocument[] {
  const { evaluation } = memo
  const derivations: Derivation[] = [
    ...evaluation.funds.map((fund) => fund.derivation),
    ...evaluation.allotments.map((allotment) => allotment.derivation),
  ]
  const ids = new Set<string>()
  for (const derivation of derivations) {
    for (const step of derivation) {
      if ((step.type === 'agreement-rule' || step.type === 'split') && step.weight) ids.add(step.weight.dataset)
    }
  }
  return [...ids].flatMap((id) => {
    const document = findById(id)
    return document?.kind === 'Dataset' ? [document] : []
  })
}
