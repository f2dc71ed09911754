import type { Diagnostic } from '@fordela/parser'
import type { AllocationFacts } from './allocation-facts.js'
import type { AllocationEvaluation } from './allocation-evaluation.js'
import { checkChildLines } from './check-child-lines.js'
import { checkDerivedFundLines } from './check-derived-fund-lines.js'
import { checkFundAgreementAmounts } from './check-fund-agreement-amounts.js'
import { checkFundCells } from './check-fund-cells.js'
import { checkFundReferences } from './check-fund-references.js'
import { checkFundsSpent } from './check-funds-spent.js'
import { checkGroupLines } from './check-group-lines.js'
import { checkPartyReferences } from './check-party-references.js'
import { checkRestLines } from './check-rest-lines.js'
import { checkRoundingResiduals } from './check-rounding-residuals.js'
import { checkShares } from './check-shares.js'
import { checkSplitWeights } from './check-split-weights.js'

/** An allocation as evaluated, before its rules have run. */
export type EvaluatedAllocation = Omit<AllocationEvaluation, 'diagnostics' | 'previous'>

/**
 * Runs every allocation rule on an evaluation and the facts it recorded: one
 * `check-*.ts` per rule or small family, as the agreement's checks are.
 * (The workspace sorts the findings into report order.)
 */
export function checkAllocation(evaluation: EvaluatedAllocation, facts: AllocationFacts): Diagnostic[] {
  return [
    ...checkFundReferences(evaluation.allocation),
    ...checkFundCells(facts.cells),
    ...checkFundAgreementAmounts(evaluation.funds),
    ...checkDerivedFundLines(facts.derivedFundLines),
    ...checkShares(facts.refusedShares),
    ...checkRestLines(evaluation.sections),
    ...checkPartyReferences(evaluation),
    ...checkGroupLines(evaluation, facts.weightlessSplits),
    ...checkSplitWeights(facts.weighings),
    ...checkChildLines(evaluation),
    ...checkRoundingResiduals(facts.residuals, evaluation.allocation.rounding.value),
    ...checkFundsSpent(evaluation.funds, facts),
  ]
}
