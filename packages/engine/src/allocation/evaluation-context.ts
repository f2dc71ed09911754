import type { Decimal } from 'decimal.js'
import type { AllocationDocument, DatasetDocument, Diagnostic, PartyGroup, RoundingPolicy, SourceRange } from '@fordela/parser'
import type { PartyRef } from './allocation-evaluation.js'
import { weighMembers, type MemberWeights } from './member-weights.js'

/** What evaluating lines needs to know and where it records what it finds. */
export interface EvaluationContext {
  readonly allocation: AllocationDocument
  readonly policy: RoundingPolicy
  readonly party: (id: string) => PartyRef | undefined
  readonly partyIds: readonly string[]
  readonly fundIds: ReadonlySet<string>
  /** Member weights of a group for a split, computed once per group and measure. */
  readonly weigh: (group: PartyGroup, by: string) => MemberWeights
  readonly diagnostics: Diagnostic[]
  /** Fund id → kronor a non-exhaustive rounding policy left unassigned (or overassigned, negative). */
  readonly residuals: Map<string, Decimal>
  /** Fund id → the last line that drew on it (where an unspent fund is pointed). */
  readonly lastUse: Map<string, SourceRange>
}

/** Creates the context, caching member weights so each missing weight is reported once. */
export function createEvaluationContext(
  allocation: AllocationDocument,
  party: (id: string) => PartyRef | undefined,
  partyIds: readonly string[],
  dataset: DatasetDocument | undefined,
): EvaluationContext {
  const diagnostics: Diagnostic[] = []
  const weightCache = new Map<string, MemberWeights>()
  return {
    allocation,
    policy: allocation.rounding.value,
    party,
    partyIds,
    fundIds: new Set(allocation.funds.map((fund) => fund.id.value)),
    weigh(group, by) {
      const key = `${group.id.value}\u0000${by}`
      let weights = weightCache.get(key)
      if (!weights) {
        weights = weighMembers(group, by, dataset)
        diagnostics.push(...weights.diagnostics)
        weightCache.set(key, weights)
      }
      return weights
    },
    diagnostics,
    residuals: new Map(),
    lastUse: new Map(),
  }
}
