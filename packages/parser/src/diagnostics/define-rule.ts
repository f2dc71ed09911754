import type { DocumentKind } from '../model/documents.js'
import type { LocalizedText, Severity } from './diagnostic.js'

/** Arguments a rule's message templates are filled with. */
export type RuleArgs = Readonly<Record<string, string | number>>

/** A message template in both languages. */
export interface Template<A extends RuleArgs> {
  readonly sv: (args: A) => string
  readonly en: (args: A) => string
}

/**
 * A rule of the catalogue: its id, default severity, title, message
 * templates, and whether its errors stop a render.
 */
export interface RuleDefinition<A extends RuleArgs = RuleArgs> {
  readonly severity: Severity
  /** One line saying what the rule checks, for `fordela rules` and the docs. */
  readonly title: LocalizedText
  readonly message: Template<A>
  readonly hint?: Template<A>
  /**
   * The kinds of document in which an error of this rule is shown by the
   * rendered document rather than stopping the render: the render becomes a
   * draft that lists the error at its top (a claim the figures do not bear
   * out; every figure is still computed). Absent, as for most rules: an
   * error of the rule, in any document a render reads, stops the render.
   * Read it through `blocksRender`; warnings and info never stop one.
   */
  readonly shownInDraftIn?: readonly DocumentKind[]
}

/** Declares a rule; the identity function that gives the templates their argument type. */
export function defineRule<A extends RuleArgs>(rule: RuleDefinition<A>): RuleDefinition<A> {
  return rule
}
