import { catalog, type DocumentKind, type Language, type LocalizedText, type Severity } from '@fordela/parser'
import { ruleDocsUrl } from './rule-docs-url.js'

/** What `fordela rules` shows of one rule. */
export interface RuleSummary {
  readonly id: string
  readonly severity: Severity
  readonly title: LocalizedText
  /** The rule's docs page in the language asked for. */
  readonly docs: string
  /** The document kinds whose render shows an error of the rule as a draft instead of stopping; absent for most rules. */
  readonly shownInDraftIn?: readonly DocumentKind[]
}

/** Every rule of the catalogue, sorted by id, with docs links in `lang`. */
export function listRules(lang: Language): RuleSummary[] {
  const rules = catalog as Readonly<
    Record<
      string,
      { readonly severity: Severity; readonly title: LocalizedText; readonly shownInDraftIn?: readonly DocumentKind[] }
    >
  >
  return Object.keys(rules)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => {
      const rule = rules[id]
      if (!rule) return []
      const draft = rule.shownInDraftIn ? { shownInDraftIn: rule.shownInDraftIn } : {}
      return [{ id, severity: rule.severity, title: rule.title, docs: ruleDocsUrl(id, lang), ...draft }]
    })
}
