import type { AllocationComparison, ComparedAllocation } from './allocation-comparison.js'

/**
 * What one `fordela diff` run compares: allocation pairs side by side, and
 * the allocations only one side has (a new year's file, a deleted one).
 */
export interface ComparisonReport {
  readonly comparisons: readonly AllocationComparison[]
  /** Allocations only the newer side has. */
  readonly added: readonly ComparedAllocation[]
  /** Allocations only the older side has. */
  readonly removed: readonly ComparedAllocation[]
  /** Allocations both sides have with not a krona changed; listed by name only. */
  readonly unchanged?: readonly ComparedAllocation[]
}

/** Whether any fund, section or recipient of the comparison gets a different amount, or appears or disappears. */
export function hasChanges(comparison: AllocationComparison): boolean {
  const rows = [...comparison.funds, ...comparison.sections, ...comparison.parties, comparison.total]
  return rows.some((row) => !row.change.isZero() || (row.before === undefined) !== (row.after === undefined))
}
