import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { nameSeverity } from '../report/severity-words.js'
import { readRuleDoc } from '../rules/read-rule-doc.js'
import { requireKnownRule } from '../rules/require-known-rule.js'

/**
 * `fordela lint --explain <rule>`: prints the rule's docs page in `lang`, or,
 * where the docs are not installed, its title, default severity and docs link.
 */
export function explainRuleCommand(ruleId: string, lang: Language, io: CliIo): number {
  const rule = requireKnownRule(ruleId, lang)
  const page = readRuleDoc(rule.id, lang)
  if (page !== undefined) {
    io.writeOut(page.endsWith('\n') ? page : `${page}\n`)
    return ExitCode.ok
  }
  const labels = lang === 'sv' ? { severity: 'Standardallvarlighet', docs: 'Dokumentation' } : { severity: 'Default severity', docs: 'Documentation' }
  io.writeOut(
    `${rule.id}: ${rule.title[lang]}\n` +
      `${labels.severity}: ${nameSeverity(rule.severity, lang)}\n` +
      `${labels.docs}: ${rule.docs}\n`,
  )
  return ExitCode.ok
}
