import type { SourceRange } from '../model/source.js'
import { catalog, type ArgsOf, type RuleCode } from './catalog/index.js'
import type { RuleDefinition } from './define-rule.js'
import type { Diagnostic, LocalizedText, RelatedLocation } from './diagnostic.js'

/** Optional parts of a diagnostic beyond its rule, arguments and place. */
export interface DiagnosticExtras {
  readonly suggestions?: readonly string[]
  readonly related?: readonly RelatedLocation[]
}

/**
 * Builds a diagnostic of rule `code` at `at`, with its messages in every
 * language filled from `args` and the rule's default severity.
 */
export function createDiagnostic<C extends RuleCode>(
  code: C,
  args: ArgsOf<C>,
  at: SourceRange,
  extras: DiagnosticExtras = {},
): Diagnostic {
  const rule = catalog[code] as unknown as RuleDefinition<ArgsOf<C>>
  const message: LocalizedText = { sv: rule.message.sv(args), en: rule.message.en(args) }
  return {
    code,
    severity: rule.severity,
    message,
    file: at.file,
    span: at.span,
    ...(rule.hint ? { hint: { sv: rule.hint.sv(args), en: rule.hint.en(args) } } : {}),
    ...(extras.suggestions?.length ? { suggestions: extras.suggestions } : {}),
    ...(extras.related?.length ? { related: extras.related } : {}),
  }
}

/** A related location with its explanation in every language. */
export function relatedAt(at: SourceRange, message: LocalizedText): RelatedLocation {
  return { file: at.file, span: at.span, message }
}
