export { applyBaseline, type BaselineOutcome } from './apply-baseline.js'
export { applyRuleSeverities } from './apply-rule-severities.js'
export {
  defaultBaselineName,
  parseBaseline,
  serializeBaseline,
  type BaselineEntry,
  type BaselineProblem,
  type ParsedBaseline,
} from './baseline-file.js'
export { createLocator, type Locator } from './create-locator.js'
export { suppressionDirective } from './find-suppressions.js'
export type { ConfiguredSeverity, Position, Region, ReportedDiagnostic, ReportedRelated } from './reported-finding.js'
export { settleFindings, type SettledFindings, type SettleFindingsInput } from './settle-findings.js'
