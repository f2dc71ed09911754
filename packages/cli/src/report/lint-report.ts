import type { ReportedDiagnostic } from '@fordela/engine'
import type { Language } from '@fordela/parser'

export type { Position, Region, ReportedDiagnostic, ReportedRelated } from '@fordela/engine'

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
