import type { Language, LocalizedText, Severity } from '@fordela/parser'
import type { FormatContext, LintReport, Region, ReportedDiagnostic } from '../report/lint-report.js'
import { ruleDocsUrl } from '../rules/rule-docs-url.js'

/**
 * The `--format json` document. Its shape only grows: a field is never
 * renamed or removed without raising `formatVersion`. Lines and columns are
 * 1-based, columns count UTF-16 code units, `endLine`/`endColumn` is the
 * position just after the span, `offsets` are the span's UTF-16 offsets, and
 * every `file` is relative to the workspace root with `/` separators.
 */
export interface JsonReport {
  readonly formatVersion: 1
  readonly tool: { readonly name: 'fordela'; readonly version: string }
  /** The language `message` and `hint` are in; `messages`/`hints` hold both. */
  readonly language: Language
  readonly summary: {
    readonly fileCount: number
    readonly errorCount: number
    readonly warningCount: number
    readonly infoCount: number
    readonly suppressedCount: number
    readonly baselinedCount: number
  }
  readonly files: readonly JsonFileResult[]
}

/** One linted file and its findings, in position order. */
export interface JsonFileResult {
  readonly file: string
  readonly errorCount: number
  readonly warningCount: number
  readonly infoCount: number
  readonly diagnostics: readonly JsonDiagnostic[]
}

/** One finding. `hint`, `hints` and `suggestions` are present only when the rule gives them. */
export interface JsonDiagnostic extends JsonRange {
  readonly rule: string
  readonly severity: Severity
  readonly message: string
  readonly messages: LocalizedText
  readonly hint?: string
  readonly hints?: LocalizedText
  readonly suggestions?: readonly string[]
  readonly related: readonly JsonRelated[]
  /** Stable across line shifts; the baseline and SARIF `partialFingerprints` use it. */
  readonly fingerprint: string
  /** The rule's docs page in the report's `language`. */
  readonly docs: string
}

/** Another place that explains a finding. */
export interface JsonRelated extends JsonRange {
  readonly message: string
  readonly messages: LocalizedText
}

/** A file and a range in it. */
export interface JsonRange {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly offsets: readonly [start: number, end: number]
}

/** The report as stable, indented JSON (the {@link JsonReport} shape) ending in a newline. */
export function formatJson(report: LintReport, context: FormatContext): string {
  const document: JsonReport = {
    formatVersion: 1,
    tool: { name: 'fordela', version: context.toolVersion },
    language: context.lang,
    summary: {
      fileCount: report.results.length,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      infoCount: report.infoCount,
      suppressedCount: report.suppressedCount,
      baselinedCount: report.baselinedCount,
    },
    files: report.results.map((result) => ({
      file: result.file,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      diagnostics: result.diagnostics.map((diagnostic) => toJsonDiagnostic(diagnostic, context.lang)),
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** One finding in the JSON shape, keys in a fixed order. */
function toJsonDiagnostic(diagnostic: ReportedDiagnostic, lang: Language): JsonDiagnostic {
  return {
    rule: diagnostic.code,
    severity: diagnostic.severity,
    ...toJsonRange(diagnostic.file, diagnostic.region, diagnostic.span),
    message: diagnostic.message[lang],
    messages: { sv: diagnostic.message.sv, en: diagnostic.message.en },
    ...(diagnostic.hint
      ? { hint: diagnostic.hint[lang], hints: { sv: diagnostic.hint.sv, en: diagnostic.hint.en } }
      : {}),
    ...(diagnostic.suggestions?.length ? { suggestions: [...diagnostic.suggestions] } : {}),
    related: diagnostic.related.map((related) => ({
      ...toJsonRange(related.file, related.region, related.span),
      message: related.message[lang],
      messages: { sv: related.message.sv, en: related.message.en },
    })),
    fingerprint: diagnostic.fingerprint,
    docs: ruleDocsUrl(diagnostic.code, lang),
  }
}

/** The file, 1-based range and offsets of a span. */
function toJsonRange(file: string, region: Region, span: readonly [number, number]): JsonRange {
  return {
    file,
    line: region.start.line,
    column: region.start.column,
    endLine: region.end.line,
    endColumn: region.end.column,
    offsets: [span[0], span[1]],
  }
}
