import type { Decimal } from 'decimal.js'
import type { AllocationDocument, DatasetDocument, PartyGroup, RoundingPolicy } from '@fordela/parser'
import type { AllocationFacts } from './allocation-facts.js'
import type { PartyRef } from './allocation-evaluation.js'
import { weighMembers, type MemberWeights } from './member-weights.js'

/** What evaluating lines needs to know and where it records the facts the checks report. */
export interface EvaluationContext {
  readonly allocation: AllocationDocument
  readonly policy: RoundingPolicy
  readonly party: (id: string) => PartyRef | undefined
  readonly fundIds: ReadonlySet<string>
  /** Member weights of a group for a split, computed once per group and measure. */
  readonly weigh: (group: PartyGroup, by: string) => MemberWeights
  readonly facts: AllocationFacts
  /** Fund id → kronor a non-exhaustive rounding policy left unassigned (or overassigned, negative). */
  readonly residuals: Map<string, Decimal>
}

/** Creates the context, caching member weights so each group and measure is weighed, and recorded, once. */
export function createEvaluationContext(
  allocation: AllocationDocument,
  party: (id: string) => PartyRef | undefined,
  dataset: DatasetDocument | undefined,
  derivedFundLines: AllocationFacts['derivedFundLines'],
): EvaluationContext {
  const facts: AllocationFacts = {
    cells: [],
    derivedFundLines,
    refusedShares: [],
    residuals: [],
    weighings: [],
    weightlessSplits: [],
    overdrawnAt: new Map(),
    lastDrawnAt: new Map(),
  }
  const weightCache = new Map<string, MemberWeights>()
  return {
    allocation,
    policy: allocation.rounding.value,
    party,
    fundIds: new Set(allocation.funds.map((fund) => fund.id.value)),
    weigh(group, by) {
      const key = `${group.id.value}\u0000${by}`
      let weights = weightCache.get(key)
      if (!weights) {
        weights = weighMembers(group, by, dataset)
        facts.weighings.push(weights)
        weightCache.set(key, weights)
      }
      return weights
    },
    facts,
    residuals: new Map(),
  }
}
