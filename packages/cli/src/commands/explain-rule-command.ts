import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
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
  io.writeOut(
    `${rule.id}: ${rule.title[lang]}\n` +
      `${say(lang, messages.cli.ruleDefaultSeverity)}: ${nameSeverity(rule.severity, lang)}\n` +
      `${say(lang, messages.cli.ruleDocumentation)}: ${rule.docs}\n`,
  )
  return ExitCode.ok
}
