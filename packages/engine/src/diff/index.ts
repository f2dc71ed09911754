export type {
  AllocationComparison,
  AmountChange,
  ComparedAllocation,
  ComparisonRow,
  FundPartyChanges,
  PartyComparisonRow,
} from './allocation-comparison.js'
export { compareAllocations } from './compare-allocations.js'
export { compareAmounts } from './compare-amounts.js'
export { hasChanges, type ComparisonReport } from './comparison-report.js'
