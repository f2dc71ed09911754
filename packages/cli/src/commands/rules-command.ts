import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { nameSeverity } from '../report/severity-words.js'
import { listRules } from '../rules/list-rules.js'

/** The options of `fordela rules`. */
export interface RulesOptions {
  readonly lang?: Language
  readonly format?: 'text' | 'json'
}

/**
 * `fordela rules`: every rule with its id, default severity, title and docs
 * link, as aligned text or as JSON (`[{ id, severity, title: { sv, en }, docs }]`,
 * with `shownInDraftIn` for a rule whose errors a render shows as a draft);
 * the links go to the pages in `--lang`.
 */
export function rulesCommand(options: RulesOptions, io: CliIo): number {
  const lang = options.lang ?? 'sv'
  const rules = listRules(lang)
  if (options.format === 'json') {
    io.writeOut(`${JSON.stringify(rules, null, 2)}\n`)
    return ExitCode.ok
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length))
  const severityWidth = Math.max(...rules.map((rule) => nameSeverity(rule.severity, lang).length))
  const lines = rules.map(
    (rule) =>
      `${rule.id.padEnd(idWidth)}  ${nameSeverity(rule.severity, lang).padEnd(severityWidth)}  ${rule.title[lang]}\n` +
      `${' '.repeat(idWidth + severityWidth + 4)}${rule.docs}`,
  )
  io.writeOut(`${lines.join('\n')}\n`)
  return ExitCode.ok
}
