import type { LocalizedText } from '../../diagnostics/diagnostic.js'
import type { Rational } from '../../money/rational.js'

/** A value of a statistics dimension: its code and its label (`1480`, `Göteborg`). */
export interface StatCategory {
  readonly code: string
  readonly label: string
}

/** A place in a downloaded file, 1-based. */
export interface StatPosition {
  readonly line: number
  readonly column: number
}

/** What one cell of a table holds: a number, or SCB's symbol for a value it does not give (`..`). */
export type StatValue =
  | { readonly type: 'number'; readonly value: Rational }
  | { readonly type: 'missing'; readonly symbol: string }

/** One cell of a statistics table with the category of each dimension that names it. */
export interface StatObservation {
  readonly region: StatCategory
  /** Absent when the table has no age dimension (or it was eliminated). */
  readonly age?: StatCategory
  /** The table content (`BE0101N1` Folkmängd); a CSV export knows only the label. */
  readonly content: StatCategory
  /** The time code as SCB writes it: `2023`, `2025K3`, `2025M09`. */
  readonly time: string
  /** The category of each other dimension (kön, civilstånd), by dimension label. */
  readonly other: ReadonlyMap<string, StatCategory>
  readonly value: StatValue
  readonly at: StatPosition
}

/** A table from SCB's statistikdatabas, in long form, whichever format it came in. */
export interface StatTable {
  readonly format: 'json-stat2' | 'csv'
  /** The table id when the file states it (JSON-stat: `extension.px.tableid`). */
  readonly tableId?: string
  readonly title?: string
  readonly observations: readonly StatObservation[]
}

/** Something wrong with a downloaded file, where it is and what to do. */
export interface ImportProblem {
  readonly message: LocalizedText
  readonly at?: StatPosition
}

/** A table read from a file, or why it could not be. */
export type StatTableResult =
  | { readonly table: StatTable; readonly problems: readonly [] }
  | { readonly table?: undefined; readonly problems: readonly ImportProblem[] }

/** A problem with both languages' texts. */
export function importProblem(sv: string, en: string, at?: StatPosition): ImportProblem {
  return at === undefined ? { message: { sv, en } } : { message: { sv, en }, at }
}
