import { pathToFileURL } from 'node:url'
import { catalog, type Language, type Severity } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { FormatContext, LintReport, Region, ReportedDiagnostic } from '../report/lint-report.js'
import { repositoryUrl, ruleDocsUrl } from '../rules/rule-docs-url.js'
import { describeSuggestions } from './describe-suggestions.js'

/** The key of fordela's fingerprint in SARIF `partialFingerprints`; versioned so the recipe may change. */
export const fingerprintKey = 'fordelaFingerprint/v1'

/** SARIF names for fordela's severities. */
const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: every
 * rule with its docs link in the report's language, every finding with a
 * UTF-16 region relative to `%SRCROOT%` (the workspace root), its related
 * places and its fingerprint.
 */
export function formatSarif(report: LintReport, context: FormatContext): string {
  const ruleIds = listRuleIds(report)
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fordela',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: repositoryUrl,
            rules: ruleIds.map((id) => describeRule(id, context.lang)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${report.root.replace(/[\\/]$/, '')}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: report.results.flatMap((result) =>
          result.diagnostics.map((diagnostic) =>
            toSarifResult(diagnostic, ruleIndex.get(diagnostic.code) ?? 0, context.lang),
          ),
        ),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** Every catalogued rule id in code-unit order, plus any reported id the catalogue lacks. */
function listRuleIds(report: LintReport): string[] {
  const ids = new Set(Object.keys(catalog))
  for (const result of report.results) for (const diagnostic of result.diagnostics) ids.add(diagnostic.code)
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** A `reportingDescriptor` for one rule. */
function describeRule(id: string, lang: Language): object {
  const rule = (catalog as Readonly<Record<string, { severity: Severity; title: Record<Language, string> }>>)[id]
  const title = rule ? endSentence(rule.title[lang]) : id
  return {
    id,
    name: toRuleName(id),
    shortDescription: { text: title },
    fullDescription: { text: title },
    helpUri: ruleDocsUrl(id, lang),
    help: { text: `${title} ${ruleDocsUrl(id, lang)}` },
    defaultConfiguration: { level: levels[rule?.severity ?? 'error'] },
    properties: { tags: [id.split('/')[0] ?? id] },
  }
}

/** One finding as a SARIF `result`. */
function toSarifResult(diagnostic: ReportedDiagnostic, ruleIndex: number, lang: Language): object {
  const hint = diagnostic.hint ? `\n${say(lang, messages.cli.hintLabel)}: ${diagnostic.hint[lang]}` : ''
  return {
    ruleId: diagnostic.code,
    ruleIndex,
    level: levels[diagnostic.severity],
    message: { text: `${endSentence(diagnostic.message[lang])}${suggestionOf(diagnostic, lang)}${hint}` },
    locations: [{ physicalLocation: toPhysicalLocation(diagnostic.file, diagnostic.region) }],
    ...(diagnostic.related.length > 0
      ? {
          relatedLocations: diagnostic.related.map((related, index) => ({
            id: index + 1,
            physicalLocation: toPhysicalLocation(related.file, related.region),
            message: { text: endSentence(related.message[lang]) },
          })),
        }
      : {}),
    partialFingerprints: { [fingerprintKey]: diagnostic.fingerprint },
  }
}

/** A file and region relative to `%SRCROOT%`. */
function toPhysicalLocation(file: string, region: Region): object {
  return {
    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: region.start.line,
      startColumn: region.start.column,
      endLine: region.end.line,
      endColumn: region.end.column,
    },
  }
}

/** `sum/fund-not-spent` → `SumFundNotSpent`, the friendly name SARIF viewers show. */
function toRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/** SARIF asks for messages that are whole sentences. */
function endSentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text : `${text.trimEnd()}.`
}

/** " Menade du "region"?" after the message, or nothing. */
function suggestionOf(diagnostic: ReportedDiagnostic, lang: Language): string {
  const suggestion = describeSuggestions(diagnostic.suggestions, lang)
  return suggestion ? ` ${suggestion}` : ''
}
