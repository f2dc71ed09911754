import { catalog, type Language, type LocalizedText, type Severity } from '@fordela/parser'
import { ruleDocsUrl } from './rule-docs-url.js'

/** What `fordela rules` shows of one rule. */
export interface RuleSummary {
  readonly id: string
  readonly severity: Severity
  readonly title: LocalizedText
  /** The rule's docs page in the language asked for. */
  readonly docs: string
}

/** Every rule of the catalogue, sorted by id, with docs links in `lang`. */
export function listRules(lang: Language): RuleSummary[] {
  const rules = catalog as Readonly<Record<string, { readonly severity: Severity; readonly title: LocalizedText }>>
  return Object.keys(rules)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => {
      const rule = rules[id]
      return rule ? [{ id, severity: rule.severity, title: rule.title, docs: ruleDocsUrl(id, lang) }] : []
    })
}
