import type { Language, LocalizedText, Severity } from '@fordela/parser'

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

/** The findings of one linted file. */
export interface FileResult {
  readonly file: string
  readonly diagnostics: readonly ReportedDiagnostic[]
  readonly errorCount: number
  readonly warningCount: number
  readonly infoCount: number
}

/** Everything one `fordela lint` run found: what every formatter prints. */
export interface LintReport {
  /** Absolute path of the workspace root that `file` paths are relative to. */
  readonly root: string
  /** Every linted file in path order, also those without findings. */
  readonly results: readonly FileResult[]
  readonly errorCount: number
  readonly warningCount: number
  readonly infoCount: number
  /** Findings silenced by a `fordela-disable-next-line` comment. */
  readonly suppressedCount: number
  /** Findings hidden because the baseline lists them. */
  readonly baselinedCount: number
}

/** What a formatter needs besides the report. */
export interface FormatContext {
  readonly lang: Language
  /** The text of every linted file, by workspace-relative path (code frames). */
  readonly texts: ReadonlyMap<string, string>
  /** The working directory, so terminal paths are relative to where the user is. */
  readonly cwd: string
  /** The fordela version, for machine-readable formats. */
  readonly toolVersion: string
  /** Chalk colour level for terminal formats: 0 is no colour. */
  readonly colorLevel: 0 | 1 | 2 | 3
}
