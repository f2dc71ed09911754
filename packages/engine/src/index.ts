/**
 * @fordela/engine — computes every krona of fördelningsspec agreements and
 * allocations exactly, records how each amount came about, and checks them.
 * It formats nothing: text, Markdown and JSON are `@fordela/render-markdown`'s.
 */
export * from './agreement/index.js'
export type {
  Allotment,
  AllocationEvaluation,
  FundEvaluation,
  LineEvaluation,
  PartyRef,
  PreviousYear,
  SectionEvaluation,
  StepEvaluation,
} from './allocation/allocation-evaluation.js'
export { evaluateAllocation, type AllocationInputs } from './allocation/evaluate-allocation.js'
export type { AgreementLookup } from './allocation/evaluate-fund.js'
export {
  derivationFormatVersion,
  type Derivation,
  type DerivationStep,
  type LeftoverKronor,
  type DerivedFundTerm,
  type RoundingEffect,
  type RoundingTie,
  type WeightUsed,
} from './derivation/derivation.js'
export * from './diff/index.js'
export {
  createEvaluationCache,
  evaluateWorkspace,
  type EvaluateWorkspaceOptions,
  type EvaluationCache,
  type WorkspaceEvaluation,
} from './evaluate-workspace.js'
export * from './findings/index.js'
export * from './links/index.js'
export { checkParties } from './parties/check-parties.js'
export * from './prose/index.js'
export { createAmountFilter, type AmountFilter } from './filter/filter-amounts.js'
