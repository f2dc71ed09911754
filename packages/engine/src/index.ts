/**
 * @fordela/engine — computes every krona of fördelningsspec agreements and
 * allocations exactly, explains each amount, and checks them.
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
export { createEvaluationCache, evaluateWorkspace, type EvaluateWorkspaceOptions, type EvaluationCache, type WorkspaceEvaluation } from './evaluate-workspace.js'
export * from './findings/index.js'
export * from './links/index.js'
export { checkParties } from './parties/check-parties.js'
export * from './prose/index.js'
export * from './explain/index.js'
export { formatComparisonData } from './diff/format-comparison-data.js'
export { formatComparisonMarkdown, githubCommentLimit, type ComparisonMarkdownOptions } from './diff/format-comparison-markdown.js'
export { comparisonFormatVersion, hasChanges, type ComparisonReport } from './diff/format-comparison-report.js'
export { formatComparisonText } from './diff/format-comparison-text.js'
