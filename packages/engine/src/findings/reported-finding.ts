import type { LocalizedText, Severity } from '@fordela/parser'

/** A 1-based line and a 1-based column counted in UTF-16 code units. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** Where a span starts and where it ends (the end is the position just after it). */
export interface Region {
  readonly start: Position
  readonly end: Position
}

/** A place that helps explain a finding, with its line and column. */
export interface ReportedRelated {
  readonly file: string
  readonly span: readonly [start: number, end: number]
  readonly region: Region
  readonly message: LocalizedText
}

/** One finding as reported: its severity after configuration, its place and its fingerprint. */
export interface ReportedDiagnostic {
  /** Permanent rule id, e.g. `sum/fund-not-spent`. */
  readonly code: string
  readonly severity: Severity
  readonly message: LocalizedText
  readonly hint?: LocalizedText
  readonly suggestions?: readonly string[]
  /** Workspace-relative POSIX path. */
  readonly file: string
  readonly span: readonly [start: number, end: number]
  readonly region: Region
  readonly related: readonly ReportedRelated[]
  /** Stable identity of the finding across line shifts (baseline, SARIF). */
  readonly fingerprint: string
}

/** A rule's level as a config sets it: a severity, or `off` to drop the rule. */
export type ConfiguredSeverity = Severity | 'off'
