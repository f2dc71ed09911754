import type { Language, LocalizedText } from '../language.js'
import type { SourceRange } from '../model/source.js'

/** How serious a finding is. `off` exists only in configuration. */
export type Severity = 'error' | 'warning' | 'info'

export type { Language, LocalizedText }

/** Another place that helps explain a finding (the fund a line overspends). */
export interface RelatedLocation extends SourceRange {
  readonly message: LocalizedText
}

/** A problem found in a fordela document. Codes are permanent. */
export interface Diagnostic extends SourceRange {
  /** Stable rule id, e.g. `sum/fund-not-spent`. */
  readonly code: string
  readonly severity: Severity
  /** What happened and why; a full sentence. */
  readonly message: LocalizedText
  /** What to do about it. */
  readonly hint?: LocalizedText
  /** Replacement candidates for the offending value ("did you mean"). */
  readonly suggestions?: readonly string[]
  readonly related?: readonly RelatedLocation[]
}
