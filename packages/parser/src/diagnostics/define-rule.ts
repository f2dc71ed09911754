import type { LocalizedText, Severity } from './diagnostic.js'

/** Arguments a rule's message templates are filled with. */
export type RuleArgs = Readonly<Record<string, string | number>>

/** A message template in both languages. */
export interface Template<A extends RuleArgs> {
  readonly sv: (args: A) => string
  readonly en: (args: A) => string
}

/** A rule of the catalogue: its id, default severity, title and message templates. */
export interface RuleDefinition<A extends RuleArgs = RuleArgs> {
  readonly severity: Severity
  /** One line saying what the rule checks, for `fordela rules` and the docs. */
  readonly title: LocalizedText
  readonly message: Template<A>
  readonly hint?: Template<A>
}

/** Declares a rule; the identity function that gives the templates their argument type. */
export function defineRule<A extends RuleArgs>(rule: RuleDefinition<A>): RuleDefinition<A> {
  return rule
}
