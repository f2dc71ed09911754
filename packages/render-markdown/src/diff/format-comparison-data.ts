import type { AmountChange, ComparedAllocation, ComparisonReport, PartyComparisonRow } from '@fordela/engine'
import type { JsonValue } from '../explain/explain-allocation-data.js'
import { roundPercent } from './format-change-figures.js'

/** Format version of a comparison as data (`fordela diff --format json`). */
export const comparisonFormatVersion = 1

/**
 * A comparison as data (`fordela diff --format json`): `{ formatVersion,
 * comparisons, added, removed, unchanged }`. Every amount is a string of whole kronor
 * ("2500000"), a missing side is null, and the percent is given both
 * rounded to two decimals ("16.67") and exact ("50/3"), as strings — never
 * as JSON numbers, which would lose exactness in other tools.
 */
export function formatComparisonData(report: ComparisonReport): { readonly [key: string]: JsonValue } {
  return {
    formatVersion: comparisonFormatVersion,
    comparisons: report.comparisons.map((comparison) => ({
      before: writeAllocation(comparison.before),
      after: writeAllocation(comparison.after),
      total: writeChange(comparison.total),
      funds: comparison.funds.map((row) => ({ id: row.id, name: row.name, ...writeChange(row) })),
      sections: comparison.sections.map((row) => ({ id: row.id, name: row.name, ...writeChange(row) })),
      parties: comparison.parties.map(writePartyRow),
      partiesByFund: comparison.partiesByFund.map((fund) => ({
        fund: fund.fund,
        name: fund.name,
        parties: fund.parties.map(writePartyRow),
      })),
    })),
    added: report.added.map(writeAllocation),
    removed: report.removed.map(writeAllocation),
    unchanged: (report.unchanged ?? []).map(writeAllocation),
  }
}

function writeAllocation(allocation: ComparedAllocation): { readonly [key: string]: JsonValue } {
  return { id: allocation.id, title: allocation.title, year: allocation.year, file: allocation.file }
}

function writePartyRow(row: PartyComparisonRow): { readonly [key: string]: JsonValue } {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    ...(row.group !== undefined ? { group: row.group } : {}),
    ...writeChange(row),
  }
}

function writeChange(change: AmountChange): { readonly [key: string]: JsonValue } {
  return {
    before: change.before?.toFixed() ?? null,
    after: change.after?.toFixed() ?? null,
    change: change.change.toFixed(),
    percent: change.percent ? roundPercent(change.percent, 2) : null,
    percentExact: change.percent?.toString() ?? null,
  }
}
