import type { YAMLError } from 'yaml'
import { syntaxRules, type YamlRuleCode } from '../diagnostics/catalog/syntax.js'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'

/**
 * Turns an error or warning of the `yaml` package into a `yaml/<code>`
 * diagnostic at its offsets (`TAB_AS_INDENT` → `yaml/tab-as-indent`), with
 * the library's message as the detail. A warning stays a warning. yaml
 * points one character past the end for a quote or bracket left open at
 * the end of the text; the span is clamped to `textLength` so that it
 * always lies within the text.
 */
export function convertYamlError(error: YAMLError, file: string, textLength: number): Diagnostic {
  const span: [number, number] = [Math.min(error.pos[0], textLength), Math.min(error.pos[1], textLength)]
  const diagnostic = createDiagnostic(toRuleCode(error.code), { detail: error.message }, { file, span })
  return error.name === 'YAMLWarning' ? { ...diagnostic, severity: 'warning' } : diagnostic
}

function toRuleCode(code: YAMLError['code']): YamlRuleCode {
  const ruleCode = `yaml/${code.toLowerCase().replaceAll('_', '-')}`
  // Every ErrorCode of the installed yaml has a rule (syntax.ts checks that
  // against its types); a code added by a newer yaml falls back to the generic one.
  return Object.hasOwn(syntaxRules, ruleCode) ? (ruleCode as YamlRuleCode) : 'yaml/unexpected-token'
}
